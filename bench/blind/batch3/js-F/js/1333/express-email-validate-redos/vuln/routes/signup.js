const express = require('express');
const { isEmail } = require('../lib/validate');
const router = express.Router();

router.post('/signup', express.json(), (req, res) => {
  if (!isEmail(req.body.email)) return res.status(422).json({ error: 'invalid email' });
  res.status(201).json({ ok: true });
});

module.exports = router;
