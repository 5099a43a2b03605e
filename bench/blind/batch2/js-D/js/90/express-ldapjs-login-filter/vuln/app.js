const express = require('express');
const session = require('express-session');
const { authenticate } = require('./ldapAuth');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.post('/login', async (req, res) => {
  const { username, password } = req.body;
  try {
    const user = await authenticate(username, password);
    req.session.regenerate(() => {
      req.session.user = { dn: user.dn, uid: user.uid };
      res.redirect('/');
    });
  } catch (e) {
    res.status(401).send('Invalid credentials');
  }
});

app.listen(3000);
