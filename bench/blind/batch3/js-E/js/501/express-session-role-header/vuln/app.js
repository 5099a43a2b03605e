const express = require('express');
const session = require('express-session');
const { loadUser } = require('./users');
const { requireAdmin } = require('./guards');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));
app.use(express.json());

app.post('/session', async (req, res) => {
  const user = await loadUser(req.body.token);
  if (!user) return res.sendStatus(401);
  req.session.userId = user.id;
  req.session.role = req.get('X-User-Role') || user.role; // cg-expect: CWE-501
  res.json({ ok: true });
});

app.delete('/admin/users/:id', requireAdmin, (req, res) => res.sendStatus(204));

app.listen(3000);
