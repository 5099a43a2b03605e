const express = require('express');
const { createUser } = require('../services/users');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/register', async (req, res) => {
  const { email, password } = req.body;
  if (!email || !password || password.length < 10) {
    return res.status(400).render('register', { error: 'Password must be at least 10 characters' });
  }
  await createUser(email.toLowerCase(), password);
  res.redirect('/login');
});

module.exports = router;
