const express = require('express');
const features = require('./features');
const { recentRequests, recordRequest } = require('./requestLog');

const app = express();
app.use(recordRequest);

if (features.debugRoutes) {
  app.get('/__debug/state', (req, res) => res.json({ env: process.env, recent: recentRequests() })); // cg-expect: CWE-489
}

app.get('/', (req, res) => res.send('ok'));

app.listen(Number(process.env.PORT || 8080));
