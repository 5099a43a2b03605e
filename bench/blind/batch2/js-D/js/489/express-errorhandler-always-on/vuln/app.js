const express = require('express');
const errorhandler = require('errorhandler');
const morgan = require('morgan');
const config = require('./config');
const orders = require('./routes/orders');

const app = express();
app.use(morgan(config.logFormat));
app.use(express.json());
app.use('/orders', orders);

app.use(errorhandler({ log: true })); // cg-expect: CWE-489

app.listen(config.port, () => console.log(`listening on ${config.port}`));
