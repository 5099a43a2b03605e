const express = require('express');
const errorhandler = require('errorhandler');
const morgan = require('morgan');
const config = require('./config');
const orders = require('./routes/orders');

const app = express();
app.use(morgan(config.logFormat));
app.use(express.json());
app.use('/orders', orders);

if (config.env === 'development') {
  app.use(errorhandler({ log: true }));
} else {
  app.use((err, req, res, next) => {
    console.error(err);
    res.status(500).json({ error: 'internal error' });
  });
}

app.listen(config.port, () => console.log(`listening on ${config.port}`));
