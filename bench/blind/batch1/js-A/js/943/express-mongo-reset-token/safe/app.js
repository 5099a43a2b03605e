const express = require('express');
const { MongoClient } = require('mongodb');
const { consumeResetToken } = require('./reset');

const app = express();
app.use(express.json());

const client = new MongoClient(process.env.MONGO_URL);
const ready = client.connect();

app.post('/api/password/reset', async (req, res) => {
  await ready;
  const users = client.db('portal').collection('users');
  const { email, token, newPassword } = req.body;
  if (!newPassword || String(newPassword).length < 12) {
    return res.status(400).json({ error: 'password too short' });
  }
  const ok = await consumeResetToken(users, email, token, String(newPassword));
  if (!ok) return res.status(400).json({ error: 'invalid or expired token' });
  res.json({ ok: true });
});

app.listen(3000);
