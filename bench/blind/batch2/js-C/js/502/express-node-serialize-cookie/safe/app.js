const express = require('express');
const cookieParser = require('cookie-parser');
const { readPrefs, writePrefs } = require('./prefs');

const app = express();
app.use(cookieParser());

app.get('/dashboard', (req, res) => {
  const prefs = readPrefs(req.cookies.prefs);
  res.json({ theme: prefs.theme, widgets: prefs.widgets });
});

app.post('/prefs/:theme', (req, res) => {
  res.cookie('prefs', writePrefs({ theme: req.params.theme, widgets: ['inbox'] }), { httpOnly: true, secure: true });
  res.sendStatus(204);
});

app.listen(3000);
