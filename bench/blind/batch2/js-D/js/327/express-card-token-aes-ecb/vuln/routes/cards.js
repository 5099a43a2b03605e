const express = require('express');
const { encryptPan, decryptPan } = require('../lib/vault');
const db = require('../db');

const router = express.Router();

router.post('/cards', express.json(), async (req, res) => {
  const pan = String(req.body.number || '').replace(/\s+/g, '');
  if (!/^\d{13,19}$/.test(pan)) {
    return res.status(400).json({ error: 'invalid card number' });
  }
  const blob = encryptPan(pan);
  const [r] = await db.execute('INSERT INTO cards (user_id, pan_enc, last4) VALUES (?, ?, ?)', [req.user.id, blob, pan.slice(-4)]);
  res.status(201).json({ id: r.insertId, last4: pan.slice(-4) });
});

router.get('/cards/:id/reveal', async (req, res) => {
  const [rows] = await db.execute('SELECT pan_enc FROM cards WHERE id = ? AND user_id = ?', [req.params.id, req.user.id]);
  if (!rows.length) return res.sendStatus(404);
  res.json({ number: decryptPan(rows[0].pan_enc) });
});

module.exports = router;
