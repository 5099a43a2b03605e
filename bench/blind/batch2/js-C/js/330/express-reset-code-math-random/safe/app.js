const express = require('express');
const { startReset } = require('./reset');

const app = express();
app.use(express.json());

app.post('/api/password-reset', async (req, res) => {
  await startReset(String(req.body.email || ''));
  res.status(202).json({ message: 'If the address is registered, a code was sent.' });
});

app.listen(3000);
