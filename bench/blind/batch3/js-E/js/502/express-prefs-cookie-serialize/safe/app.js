const express = require('express');
const cookieParser = require('cookie-parser');
const { loadPrefs, savePrefs } = require('./prefs');

const app = express();
app.use(cookieParser());
app.use(express.json());

app.get('/api/prefs', (req, res) => {
  res.json(loadPrefs(req.cookies.prefs));
});

app.put('/api/prefs', (req, res) => {
  res.cookie('prefs', savePrefs(req.body), { httpOnly: true, sameSite: 'lax' });
  res.json({ ok: true });
});

app.listen(3000);
