const express = require('express');
const { checkPassword } = require('../lib/directory');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/login', async (req, res) => {
  const ok = await checkPassword(String(req.body.username || ''), String(req.body.password || ''));
  if (!ok) return res.status(401).render('login', { error: 'Invalid credentials' });
  req.session.regenerate(() => {
    req.session.user = req.body.username;
    res.redirect('/');
  });
});

module.exports = router;
