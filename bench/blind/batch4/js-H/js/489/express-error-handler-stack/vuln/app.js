const express = require('express');
const errorhandler = require('errorhandler');
const settings = require('./config/settings');
const api = require('./routes/api');

const app = express();
app.set('env', settings.env);
app.set('trust proxy', settings.trustProxy);
app.use('/api', api);
app.use(errorhandler({ log: true })); // cg-expect: CWE-489
app.listen(settings.port);
