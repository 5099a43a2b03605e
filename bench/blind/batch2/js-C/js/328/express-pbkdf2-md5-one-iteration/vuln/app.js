const express = require('express');
const { hashPassword, verifyPassword } = require('./passwords');
const users = require('./usersRepo');

const app = express();
app.use(express.json());

app.post('/api/me/password', async (req, res) => {
  const user = await users.byId(req.get('x-user-id'));
  if (!user || !verifyPassword(String(req.body.current), user.passwordHash)) return res.sendStatus(403);
  if (String(req.body.next).length < 12) return res.status(400).json({ error: 'too short' });
  await users.setPasswordHash(user.id, hashPassword(String(req.body.next)));
  res.sendStatus(204);
});

app.listen(3000);
