const express = require('express');
const { createUser, etagFor } = require('../services/accounts');

const router = express.Router();

router.post('/signup', express.urlencoded({ extended: false }), async (req, res) => {
  const { email, password } = req.body;
  if (!email || !password || password.length < 10) {
    return res.status(400).render('signup', { error: 'Password must be at least 10 characters' });
  }
  const user = await createUser(email, password);
  req.session.userId = user.id;
  res.set('ETag', etagFor(user));
  res.redirect('/welcome');
});

module.exports = router;
