const express = require('express');
const { makeDownloadToken, readDownloadToken } = require('../tokens');
const router = express.Router();
router.post('/files/:id/link', (req, res) => res.json({ token: makeDownloadToken(req.params.id, Date.now() + 3600e3) }));
router.get('/dl/:token', (req, res) => {
  const { fileId, expires } = readDownloadToken(req.params.token);
  if (Date.now() > expires) return res.sendStatus(410);
  res.redirect(`/files/${encodeURIComponent(fileId)}/raw`);
});
module.exports = router;
