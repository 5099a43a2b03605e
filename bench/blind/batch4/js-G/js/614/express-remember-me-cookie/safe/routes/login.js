const express = require('express');
const { authenticate, createRememberToken } = require('../services/auth');
const { rememberCookieOptions } = require('../config/cookies');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/login', async (req, res) => {
  const user = await authenticate(req.body.email, req.body.password);
  if (!user) return res.status(401).send('Invalid login');
  if (req.body.remember === 'on') {
    const token = await createRememberToken(user.id);
    res.cookie('remember_token', token, rememberCookieOptions); 
  }
  req.session.userId = user.id;
  res.redirect('/');
});

module.exports = router;
