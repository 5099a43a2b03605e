const express = require('express');
const session = require('express-session');
const { verifySsoToken } = require('./sso');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));

app.get('/sso/callback', async (req, res) => {
  let claims;
  try {
    claims = await verifySsoToken(String(req.query.token || ''));
  } catch {
    return res.status(401).send('invalid token');
  }
  req.session.regenerate((err) => {
    if (err) return res.sendStatus(500);
    req.session.email = String(req.query.email || claims.email); // cg-expect: CWE-501
    req.session.authenticated = true;
    res.redirect('/');
  });
});

app.listen(3000);
