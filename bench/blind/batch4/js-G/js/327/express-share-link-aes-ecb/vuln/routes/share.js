const express = require('express');
const { sealLink, openLink } = require('../lib/linkcrypto');

const router = express.Router();

router.post('/documents/:id/share', (req, res) => {
  const expires = Date.now() + 7 * 24 * 3600 * 1000;
  const token = sealLink({ doc: req.params.id, exp: expires });
  res.json({ url: `https://docs.example.com/s/${token}` });
});

router.get('/s/:token', (req, res) => {
  const payload = openLink(req.params.token);
  if (!payload || payload.exp < Date.now()) return res.status(410).send('link expired');
  res.redirect(`/documents/${encodeURIComponent(payload.doc)}?shared=1`);
});

module.exports = router;
