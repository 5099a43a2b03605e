const express = require('express');
const { verifyUser } = require('../users');
const router = express.Router();

function safeNext(next) {
  if (typeof next === 'string' && next.startsWith('/')) return next;
  return '/dashboard';
}

router.post('/login', express.urlencoded({ extended: false }), async (req, res) => {
  const user = await verifyUser(req.body.email, req.body.password);
  if (!user) return res.status(401).render('login', { error: 'Invalid login' });
  req.session.regenerate(() => {
    req.session.uid = user.id;
    res.redirect(safeNext(req.query.next)); // cg-expect: CWE-601
  });
});
module.exports = router;
