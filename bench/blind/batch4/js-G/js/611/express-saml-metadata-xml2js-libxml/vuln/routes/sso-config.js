const express = require('express');
const multer = require('multer');
const { readIdpMetadata } = require('../lib/metadata');

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 512 * 1024 } });
const router = express.Router();

router.post('/admin/sso/metadata', upload.single('metadata'), (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'file required' });
  try {
    const info = readIdpMetadata(req.file.buffer.toString('utf8'));
    res.json(info);
  } catch (e) {
    res.status(422).json({ error: 'unparseable metadata' });
  }
});

module.exports = router;
