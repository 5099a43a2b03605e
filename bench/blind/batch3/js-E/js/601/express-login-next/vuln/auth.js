const express = require('express');
const { verifyLogin } = require('./accounts');
const { safeNext } = require('./redirects');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/login', async (req, res) => {
  const user = await verifyLogin(req.body.email, req.body.password);
  if (!user) return res.status(401).render('login', { error: 'Wrong email or password' });
  req.session.userId = user.id;
  res.redirect(safeNext(req.query.next)); // cg-expect: CWE-601
});

router.post('/logout', (req, res) => {
  req.session.destroy(() => res.redirect('/login'));
});

module.exports = router;
