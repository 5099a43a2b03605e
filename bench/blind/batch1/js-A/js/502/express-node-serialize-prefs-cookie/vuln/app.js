const express = require('express');
const cookieParser = require('cookie-parser');
const { readPrefs, writePrefs } = require('./prefs');

const app = express();
app.use(cookieParser());
app.use(express.json());

app.use((req, res, next) => {
  req.prefs = readPrefs(req.cookies.prefs);
  next();
});

app.get('/api/prefs', (req, res) => res.json(req.prefs));

app.put('/api/prefs', (req, res) => {
  const prefs = { ...req.prefs, theme: String(req.body.theme || 'light'), pageSize: Number(req.body.pageSize) || 20 };
  res.cookie('prefs', writePrefs(prefs), { maxAge: 365 * 864e5, sameSite: 'lax', secure: true });
  res.json(prefs);
});

app.listen(3000);
