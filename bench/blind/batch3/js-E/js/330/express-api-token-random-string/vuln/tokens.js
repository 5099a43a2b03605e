const express = require('express');
const { TokenFactory } = require('./token-factory');
const db = require('./db');

const router = express.Router();
const factory = new TokenFactory('pat');

router.post('/me/tokens', express.json(), async (req, res) => {
  const name = String(req.body.name || 'default').slice(0, 60);
  const token = factory.create();
  await db.query('INSERT INTO api_tokens (user_id, name, token_hash) VALUES ($1, $2, $3)', [req.user.id, name, factory.hash(token)]);
  res.status(201).json({ name, token });
});

module.exports = router;
