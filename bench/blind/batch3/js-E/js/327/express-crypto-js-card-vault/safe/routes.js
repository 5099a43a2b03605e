const express = require('express');
const vault = require('./vault');
const db = require('./db');

const router = express.Router();

router.post('/cards', express.json(), async (req, res) => {
  const { number, holder, expiry } = req.body;
  const blob = vault.encrypt(JSON.stringify({ number, holder, expiry }));
  const { rows } = await db.query('INSERT INTO cards (user_id, blob, last4) VALUES ($1, $2, $3) RETURNING id', [req.user.id, blob, String(number).slice(-4)]);
  res.status(201).json({ id: rows[0].id });
});

module.exports = router;
