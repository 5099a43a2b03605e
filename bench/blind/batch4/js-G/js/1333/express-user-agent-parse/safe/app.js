const express = require('express');
const clientInfo = require('./middleware/client');

const app = express();
app.use(clientInfo);

app.get('/api/whoami', (req, res) => {
  res.json({ client: req.client, ip: req.ip });
});

app.listen(3000);
