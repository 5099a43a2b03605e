const express = require('express');
const errorhandler = require('errorhandler');
const morgan = require('morgan');
const api = require('./api');
const config = require('./config');

const app = express();
app.use(morgan(config.logFormat));
app.use('/api', api);

if (config.env === 'development') {
  app.get('/healthz', (req, res) => res.json({ ok: true, env: config.env }));

app.use((req, res) => {
  res.status(404).json({ error: 'not found' });
});

app.use(errorhandler({ log: true }));
} else {
  app.use((err, req, res, next) => {
    console.error(err);
    res.status(500).json({ error: 'internal error' });
  });
}

app.listen(config.port);
