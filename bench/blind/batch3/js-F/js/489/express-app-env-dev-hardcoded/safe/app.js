const express = require('express');
const settings = require('./config/settings');
const routes = require('./routes');

const app = express();
app.set('env', settings.env);
app.use(routes);

module.exports = app;
