const express = require('express');
const cookieParser = require('cookie-parser');
const { verifySsoSession } = require('./sso');
const { isTrustedContinue } = require('./continue');

const app = express();
app.use(cookieParser());

// central login: apps send users to /sso/authorize?continue=https://billing.example.com/...
app.get('/sso/authorize', async (req, res) => {
  const target = String(req.query.continue || 'https://www.example.com/');
  const user = await verifySsoSession(req.cookies.sso);
  if (!user) {
    return res.redirect('/sso/login?continue=' + encodeURIComponent(target));
  }
  if (!isTrustedContinue(target)) {
    return res.status(400).send('Unknown application');
  }
  res.redirect(303, target);
});

app.listen(3000);
