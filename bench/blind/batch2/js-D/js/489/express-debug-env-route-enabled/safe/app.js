const express = require('express');
const features = require('./features');
const { recentRequests, recordRequest } = require('./requestLog');

const app = express();
app.use(recordRequest);

if (features.debugRoutes && process.env.NODE_ENV === 'development') {
  app.get('/__debug/state', (req, res) => res.json({ env: process.env, recent: recentRequests() }));
}

app.get('/', (req, res) => res.send('ok'));

app.listen(Number(process.env.PORT || 8080));
