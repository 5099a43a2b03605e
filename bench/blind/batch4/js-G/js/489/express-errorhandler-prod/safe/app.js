const express = require('express');
const errorhandler = require('errorhandler');
const helmet = require('helmet');
const config = require('./config');
const api = require('./routes/api');

const app = express();
app.use(helmet());
app.use(express.json());
app.use('/api', api);

if (config.env === 'development') {
  app.use(errorhandler({ log: true }));
} else {
  app.use((err, req, res, next) => {
    console.error(err);
    res.status(err.status || 500).json({ error: 'internal error' });
  });
}

app.listen(config.port, () => console.log(`listening on ${config.port} (${config.env})`));
