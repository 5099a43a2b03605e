const express = require('express');
const { detectDevice } = require('./middleware/device');
const app = express();
app.use(detectDevice);
app.get('/api/whoami', (req, res) => res.json({ device: req.device }));
app.listen(3000);
