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
app.use(errorhandler({ log: true })); // cg-expect: CWE-489

module.exports = app;
