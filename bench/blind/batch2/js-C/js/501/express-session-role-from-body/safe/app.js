const express = require('express');
const session = require('express-session');
const { requireAdmin } = require('./guards');

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));

app.put('/api/profile', (req, res) => {
  if (!req.session.userId) return res.sendStatus(401);
  const { displayName, role } = req.body;
  req.session.displayName = String(displayName || '').slice(0, 60);
  if (role && role !== req.session.role) return res.status(403).json({ error: 'role cannot be changed here' });
  res.json({ displayName: req.session.displayName });
});

app.get('/admin/users', requireAdmin, (req, res) => res.json([]));

app.listen(3000);
