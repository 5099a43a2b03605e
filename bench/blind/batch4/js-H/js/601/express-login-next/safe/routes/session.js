const express = require('express');
const { verifyUser } = require('../users');
const router = express.Router();

function safeNext(next) {
  if (typeof next === 'string' && /^\/(?![\/\\])/.test(next)) {
    const u = new URL(next, 'https://app.invalid');
    if (u.origin === 'https://app.invalid') return u.pathname + u.search;
  }
  return '/dashboard';
}

router.post('/login', express.urlencoded({ extended: false }), async (req, res) => {
  const user = await verifyUser(req.body.email, req.body.password);
  if (!user) return res.status(401).render('login', { error: 'Invalid login' });
  req.session.regenerate(() => {
    req.session.uid = user.id;
    res.redirect(safeNext(req.query.next));
  });
});
module.exports = router;
