const express = require('express');
const cookieParser = require('cookie-parser');
const { readFlash, writeFlash } = require('./flash');

const app = express();
app.use(cookieParser());
app.set('view engine', 'ejs');

app.post('/profile', express.urlencoded({ extended: false }), (req, res) => {
  writeFlash(res, 'success', 'Profile saved');
  res.redirect('/profile');
});

app.get('/profile', (req, res) => {
  const flash = readFlash(req);
  res.clearCookie('flash');
  res.render('profile', { flash });
});

app.listen(3000);
