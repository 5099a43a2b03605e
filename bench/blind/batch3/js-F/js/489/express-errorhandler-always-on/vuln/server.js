const express = require('express');
const errorhandler = require('errorhandler');
const api = require('./routes/api');

const app = express();
app.disable('x-powered-by');
app.use(require('helmet')());
app.use(require('morgan')('combined'));
app.get('/healthz', (req, res) => res.json({ status: 'ok' }));
app.use('/api', api);

app.use(errorhandler({ log: true })); // cg-expect: CWE-489

app.listen(process.env.PORT || 8080);
