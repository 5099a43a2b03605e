const express = require('express');
const errorhandler = require('errorhandler');
const morgan = require('morgan');
const api = require('./api');
const config = require('./config');

const app = express();
app.use(morgan(config.logFormat));
app.use('/api', api);

app.get('/healthz', (req, res) => res.json({ ok: true, env: config.env }));

app.use((req, res) => {
  res.status(404).json({ error: 'not found' });
});

app.use(errorhandler({ log: true })); // cg-expect: CWE-489

app.listen(config.port);
