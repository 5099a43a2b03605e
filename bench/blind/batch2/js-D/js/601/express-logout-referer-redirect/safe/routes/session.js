const express = require('express');
const { backTarget } = require('../lib/back');

const router = express.Router();

router.post('/logout', (req, res) => {
  const target = backTarget(req);
  req.session.destroy(() => {
    res.clearCookie('connect.sid');
    res.redirect(target);
  });
});

router.get('/language/:lang', (req, res) => {
  const lang = ['en', 'de', 'fr'].includes(req.params.lang) ? req.params.lang : 'en';
  res.cookie('lang', lang, { sameSite: 'lax', secure: true });
  res.redirect(backTarget(req));
});

module.exports = router;
