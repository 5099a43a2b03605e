const express = require('express');
const { verifyPassword } = require('../services/users');
const { safeReturnPath } = require('../lib/redirects');

const router = express.Router();

router.get('/login', (req, res) => {
  res.render('login', { returnTo: String(req.query.returnTo || '/dashboard') });
});

router.post('/login', express.urlencoded({ extended: false }), async (req, res) => {
  const user = await verifyPassword(req.body.email, req.body.password);
  if (!user) {
    return res.status(401).render('login', { returnTo: req.body.returnTo, error: 'Invalid credentials' });
  }
  req.session.userId = user.id;
  const target = safeReturnPath(req.body.returnTo);
  res.redirect(target); // cg-expect: CWE-601
});

module.exports = router;
