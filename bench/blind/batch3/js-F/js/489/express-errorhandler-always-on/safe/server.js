const express = require('express');
const errorhandler = require('errorhandler');
const api = require('./routes/api');

const app = express();
app.disable('x-powered-by');
app.use(require('helmet')());
app.use(require('morgan')('combined'));
app.get('/healthz', (req, res) => res.json({ status: 'ok' }));
app.use('/api', api);

if (process.env.NODE_ENV === 'development') {
  app.use(errorhandler({ log: true }));
} else {
  app.use((err, req, res, next) => res.status(500).json({ error: 'internal error' }));
}

app.listen(process.env.PORT || 8080);
