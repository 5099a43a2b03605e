const express = require('express');
const session = require('express-session');
const { authenticate } = require('./directory');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));

app.post('/login', async (req, res) => {
  try {
    const user = await authenticate(req.body.username, req.body.password);
    req.session.regenerate(() => {
      req.session.user = { dn: user.dn, name: user.cn };
      res.redirect('/');
    });
  } catch {
    res.status(401).send('Login failed');
  }
});

app.listen(3000);
