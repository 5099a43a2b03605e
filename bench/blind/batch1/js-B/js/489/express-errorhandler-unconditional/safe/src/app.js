const express = require('express');
const helmet = require('helmet');
const errorhandler = require('errorhandler');
const morgan = require('morgan');
const catalog = require('./catalog');

const app = express();

app.disable('x-powered-by');
app.use(helmet());
app.use(morgan('combined'));
app.use(express.json({ limit: '100kb' }));
app.use('/api/catalog', catalog);

app.use((req, res) => res.status(404).json({ error: 'not found' }));
if (app.get('env') === 'development') {
  app.use(errorhandler({ log: true }));
} else {
  // eslint-disable-next-line no-unused-vars
  app.use((err, req, res, next) => {
    console.error(err);
    res.status(err.status || 500).json({ error: 'internal error' });
  });
}

module.exports = app;
