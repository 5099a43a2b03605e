const express = require('express');
const { findUserForLogin } = require('./users');

const app = express();
app.use(express.json());

app.post('/login/code', async (req, res) => {
  const user = await findUserForLogin(req.body.username, req.body.code);
  if (!user) return res.status(401).json({ error: 'invalid or expired code' });
  res.json({ id: user._id, name: user.username });
});

app.listen(8080);
