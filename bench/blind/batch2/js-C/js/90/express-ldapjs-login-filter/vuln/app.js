const express = require('express');
const { findUserDn } = require('./directory');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/login', async (req, res) => {
  try {
    const dn = await findUserDn(req.body.username);
    if (!dn) return res.status(401).send('Unknown user');
    req.app.locals.pendingDn = dn;
    res.redirect('/login/password');
  } catch (e) {
    res.status(500).send('Directory error');
  }
});

app.listen(3000);
