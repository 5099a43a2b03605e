const express = require('express');
const { sealToken, openToken } = require('../exportTokens');

const router = express.Router();

router.post('/api/exports', express.json(), (req, res) => {
  const dataset = String(req.body.dataset || 'orders');
  const token = sealToken({ user: req.user.id, dataset, exp: Date.now() + 15 * 60 * 1000 });
  res.status(202).json({ token });
});

router.get('/api/exports/:token', (req, res) => {
  let claims;
  try {
    claims = openToken(req.params.token);
  } catch {
    return res.status(400).json({ error: 'bad token' });
  }
  if (claims.exp < Date.now() || claims.user !== req.user.id) return res.sendStatus(403);
  res.json({ status: 'ready', dataset: claims.dataset });
});

module.exports = router;
