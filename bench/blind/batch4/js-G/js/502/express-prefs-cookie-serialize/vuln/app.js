const express = require('express');
const cookieParser = require('cookie-parser');
const { readPrefs, writePrefs } = require('./prefs');

const app = express();
app.use(cookieParser());
app.use(express.json());

app.get('/api/prefs', (req, res) => {
  res.json(readPrefs(req.cookies.prefs));
});

app.put('/api/prefs', (req, res) => {
  const prefs = { theme: String(req.body.theme || 'light'), lang: String(req.body.lang || 'en') };
  res.cookie('prefs', writePrefs(prefs), { httpOnly: true, sameSite: 'lax' });
  res.json(prefs);
});

app.listen(3000);
