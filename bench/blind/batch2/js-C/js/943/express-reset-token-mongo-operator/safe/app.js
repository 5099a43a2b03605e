const express = require('express');
const { completeReset } = require('./reset');

const app = express();
app.use(express.json());

app.post('/password-reset/complete', async (req, res) => {
  const { token, newPassword } = req.body;
  if (typeof newPassword !== 'string' || newPassword.length < 12) {
    return res.status(400).json({ error: 'password too short' });
  }
  const ok = await completeReset(token, newPassword);
  if (!ok) return res.status(400).json({ error: 'invalid or expired token' });
  res.json({ ok: true });
});

app.listen(3000);
