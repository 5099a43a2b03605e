const express = require('express');
const users = require('./userStore');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/signup', async (req, res) => {
  const { email, password } = req.body;
  if (!email || !password || password.length < 10) {
    return res.status(400).render('signup', { error: 'Password must be at least 10 characters' });
  }
  if (await users.findByEmail(email)) {
    return res.status(409).render('signup', { error: 'Account already exists' });
  }
  const user = await users.create(email, password);
  req.session.regenerate(() => {
    req.session.userId = user.id;
    res.redirect('/welcome');
  });
});

router.post('/login', async (req, res) => {
  const user = await users.verify(req.body.email, req.body.password);
  if (!user) return res.status(401).render('login', { error: 'Invalid credentials' });
  req.session.regenerate(() => {
    req.session.userId = user.id;
    res.redirect('/');
  });
});

module.exports = router;
