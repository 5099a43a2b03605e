const express = require('express');
const multer = require('multer');
const { installTheme } = require('../lib/themeInstaller');

const router = express.Router();
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 20 * 1024 * 1024 } });

router.post('/admin/themes', upload.single('theme'), (req, res) => {
  if (!req.file || !req.file.originalname.endsWith('.zip')) {
    return res.status(400).json({ error: 'zip file required' });
  }
  const name = String(req.body.name || '').replace(/[^a-z0-9-]/gi, '').toLowerCase();
  if (!name) {
    return res.status(400).json({ error: 'theme name required' });
  }
  try {
    const files = installTheme(name, req.file.buffer);
    res.status(201).json({ theme: name, files });
  } catch (e) {
    res.status(422).json({ error: 'invalid theme archive' });
  }
});

module.exports = router;
