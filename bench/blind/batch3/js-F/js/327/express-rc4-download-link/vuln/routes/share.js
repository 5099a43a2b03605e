const express = require('express');
const { sealFileId } = require('../lib/links');
const files = require('../db/files');
const settings = require('../settings');
const router = express.Router();

router.post('/files/:id/share', async (req, res) => {
  const file = await files.getOwned(req.user.id, req.params.id);
  if (!file) return res.sendStatus(404);
  res.json({ url: `https://dl.example.com/d/${sealFileId(file.id, settings.linkKey)}` });
});

module.exports = router;
