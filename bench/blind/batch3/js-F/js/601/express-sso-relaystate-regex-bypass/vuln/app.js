const express = require('express');
const helmet = require('helmet');
const morgan = require('morgan');
const compression = require('compression');
const acsRoutes = require('./routes/acs');

const app = express();
app.disable('x-powered-by');
app.use(helmet());
app.use(compression());
app.use(morgan('combined'));

app.get('/healthz', (req, res) => res.json({ status: 'ok' }));
app.use(acsRoutes);

app.use((req, res) => res.status(404).json({ error: 'not found' }));
app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});

app.listen(Number(process.env.PORT) || 3000);
module.exports = app;
