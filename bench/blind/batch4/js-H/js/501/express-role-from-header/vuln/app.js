const express = require('express');
const session = require('express-session');
const { requireAdmin } = require('./guards');
const { loadUser } = require('./users');
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));

app.post('/login', express.json(), async (req, res) => {
  const user = await loadUser(req.body.email, req.body.password);
  if (!user) return res.sendStatus(401);
  req.session.userId = user.id;
  req.session.role = req.get('X-User-Role') || user.role; // cg-expect: CWE-501
  res.json({ ok: true });
});
app.get('/admin/users', requireAdmin, (req, res) => res.json({ ok: true }));
app.listen(3000);
