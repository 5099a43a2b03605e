const express = require('express');
const settings = require('./config/settings');
const routes = require('./routes');

const app = express();
app.set('env', settings.env); // cg-expect: CWE-489
app.use(routes);

module.exports = app;
