const express = require('express');
const db = require('../db');
const { newResetToken } = require('../lib/tokens');
const { sendResetMail } = require('../lib/mailer');

const router = express.Router();

router.post('/forgot-password', express.urlencoded({ extended: false }), async (req, res) => {
  const email = String(req.body.email || '').toLowerCase();
  const [rows] = await db.execute('SELECT id FROM users WHERE email = ?', [email]);
  if (rows.length) {
    const token = newResetToken();
    await db.execute('UPDATE users SET reset_token = ?, reset_expires = DATE_ADD(NOW(), INTERVAL 1 HOUR) WHERE id = ?', [
      token,
      rows[0].id,
    ]);
    await sendResetMail(email, `https://app.example.com/reset?token=${token}`);
  }
  // same answer either way to avoid account enumeration
  res.render('forgot-sent');
});

module.exports = router;
