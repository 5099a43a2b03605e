const express = require('express');
const session = require('express-session');
const passport = require('./passport-setup');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));
app.use(passport.initialize());
app.use(passport.session());

app.get('/login', (req, res) => {
  res.render('login', { next: req.query.next || '/' });
});

app.post('/login', passport.authenticate('local', { failureRedirect: '/login?error=1' }), (req, res) => {
  const next = req.body.next || '/';
  res.redirect(next); // cg-expect: CWE-601
});

app.listen(3000);
