const express = require('express');
const errorhandler = require('errorhandler');
const settings = require('./config/settings');
const api = require('./routes/api');

const app = express();
app.set('env', settings.env);
app.set('trust proxy', settings.trustProxy);
app.use('/api', api);
if (settings.debug && settings.env === 'development') {
  app.use(errorhandler({ log: true }));
} else {
  app.use((err, req, res, next) => { console.error(err); res.status(500).json({ error: 'internal error' }); });
}
app.listen(settings.port);
