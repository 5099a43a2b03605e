const express = require('express');
const session = require('express-session');
const passport = require('./passport-setup');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));
app.use(passport.initialize());
app.use(passport.session());

// only same-site paths: must start with a single '/' and not '//' or '/\'
function localPath(value) {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/';
}

app.get('/login', (req, res) => {
  res.render('login', { next: localPath(req.query.next) });
});

app.post('/login', passport.authenticate('local', { failureRedirect: '/login?error=1' }), (req, res) => {
  const next = localPath(req.body.next);
  res.redirect(next);
});

app.listen(3000);
