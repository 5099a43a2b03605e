const express = require('express');
const { login } = require('./authService');
const { cookieOptions } = require('./cookieConfig');

const app = express();
app.use(express.json());

app.post('/api/login', async (req, res) => {
  const session = await login(req.body.email, req.body.password);
  if (!session) return res.status(401).json({ error: 'invalid credentials' });
  res.cookie('session_token', session.token, cookieOptions());
  res.json({ user: session.userId });
});

app.listen(3000);
