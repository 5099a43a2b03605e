const express = require('express');
const cookieParser = require('cookie-parser');
const { isLocalTarget } = require('./targets');

const app = express();
app.use(cookieParser());

app.get('/login', (req, res) => {
  if (req.query.returnUrl) {
    res.cookie('returnUrl', String(req.query.returnUrl), { httpOnly: true, secure: true, maxAge: 600000 });
  }
  res.redirect('https://sso.example.com/authorize?client_id=portal');
});

app.get('/sso/complete', (req, res) => {
  const target = req.cookies.returnUrl || '/';
  res.clearCookie('returnUrl');
  if (!isLocalTarget(target)) return res.redirect('/');
  res.redirect(target);
});

app.listen(3000);
