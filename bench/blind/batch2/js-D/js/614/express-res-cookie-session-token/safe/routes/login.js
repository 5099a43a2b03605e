const express = require('express');
const { authenticate } = require('../services/auth');
const { sessionCookieOptions } = require('../config/cookies');

const router = express.Router();

router.post('/login', express.urlencoded({ extended: false }), async (req, res) => {
  const session = await authenticate(req.body.email, req.body.password);
  if (!session) {
    return res.status(401).render('login', { error: 'Wrong email or password' });
  }
  res.cookie('session_token', session.token, sessionCookieOptions());
  res.cookie('ui_lang', session.lang, { maxAge: 31536000000, sameSite: 'lax' });
  res.redirect('/home');
});

router.post('/logout', (req, res) => {
  res.clearCookie('session_token', { path: '/' });
  res.redirect('/login');
});

module.exports = router;
