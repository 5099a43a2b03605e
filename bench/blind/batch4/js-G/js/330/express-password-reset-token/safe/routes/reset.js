const express = require('express');
const { issueResetToken } = require('../services/reset');
const mailer = require('../lib/mailer');

const router = express.Router();
router.use(express.json());

router.post('/password/forgot', async (req, res) => {
  const email = String(req.body.email || '').toLowerCase();
  const token = await issueResetToken(email);
  if (token) {
    await mailer.send(email, 'Reset your password', `https://app.example.com/reset?token=${token}`);
  }
  res.status(202).json({ message: 'If the account exists, an email was sent.' });
});

module.exports = router;
