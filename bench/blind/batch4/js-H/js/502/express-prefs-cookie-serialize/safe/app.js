const express = require('express');
const cookieParser = require('cookie-parser');
const { loadPrefs, savePrefs } = require('./prefs');
const app = express();
app.use(cookieParser());

app.get('/', (req, res) => {
  const prefs = loadPrefs(req.cookies.prefs);
  res.render('home', { theme: prefs.theme, lang: prefs.lang });
});
app.post('/prefs', express.json(), (req, res) => {
  res.cookie('prefs', savePrefs({ theme: req.body.theme, lang: req.body.lang }), { httpOnly: true, secure: true });
  res.sendStatus(204);
});
app.listen(3000);
