const express = require('express');
const { isValidEmail } = require('../lib/validate');
const db = require('../db');

const router = express.Router();

router.post('/newsletter/subscribe', express.urlencoded({ extended: false }), async (req, res) => {
  const email = String(req.body.email || '').trim();
  if (!isValidEmail(email)) {
    return res.status(400).render('subscribe', { error: 'Please enter a valid email address' });
  }
  await db.execute('INSERT IGNORE INTO subscribers (email) VALUES (?)', [email.toLowerCase()]);
  res.render('subscribe', { ok: true });
});

module.exports = router;
