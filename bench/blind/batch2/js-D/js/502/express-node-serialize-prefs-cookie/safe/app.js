const express = require('express');
const cookieParser = require('cookie-parser');
const { readPrefs, writePrefs } = require('./prefs');

const app = express();
app.use(cookieParser());
app.use(express.urlencoded({ extended: false }));

app.get('/', (req, res) => {
  const prefs = readPrefs(req.cookies.prefs);
  res.send(`<body class="theme-${prefs.theme === 'dark' ? 'dark' : 'light'}">Welcome back</body>`);
});

app.post('/preferences', (req, res) => {
  const prefs = { theme: req.body.theme === 'dark' ? 'dark' : 'light', lang: String(req.body.lang || 'en').slice(0, 5) };
  res.cookie('prefs', writePrefs(prefs), { httpOnly: true, sameSite: 'lax' });
  res.redirect('/');
});

app.listen(3000);
