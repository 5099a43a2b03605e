const express = require('express');
const errorhandler = require('errorhandler');
const helmet = require('helmet');
const config = require('./config');
const api = require('./routes/api');

const app = express();
app.use(helmet());
app.use(express.json());
app.use('/api', api);

app.use(errorhandler({ log: true })); // cg-expect: CWE-489

app.listen(config.port, () => console.log(`listening on ${config.port} (${config.env})`));
