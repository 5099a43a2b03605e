const express = require('express');
const errorhandler = require('errorhandler');
const routes = require('./routes');

const app = express();
app.use(express.json());
app.use('/api', routes);

if (process.env.NODE_ENV === 'development') {
  app.use(errorhandler({ log: true }));
} else {
  app.use((err, req, res, next) => {
    console.error(err);
    res.status(500).json({ error: 'internal error' });
  });
}

app.listen(process.env.PORT || 8080);
