const express = require('express');
const jwt = require('jsonwebtoken');
const { verifyCredentials } = require('./accounts');
const { cookieOptions } = require('./cookieConfig');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/login', async (req, res) => {
  const account = await verifyCredentials(req.body.username, req.body.password);
  if (!account) {
    return res.status(401).render('login', { error: 'Wrong username or password' });
  }
  const token = jwt.sign({ sub: account.id, role: account.role }, process.env.JWT_SECRET, { expiresIn: '12h' });
  res.cookie('auth_token', token, cookieOptions(12 * 3600 * 1000)); // cg-expect: CWE-614
  res.redirect(303, '/dashboard');
});

router.post('/logout', (req, res) => {
  res.clearCookie('auth_token', { path: '/' });
  res.redirect(303, '/login');
});

module.exports = router;
