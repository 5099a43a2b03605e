const express = require('express');
const multer = require('multer');
const { importSitemap } = require('./sitemap');

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 2 * 1024 * 1024 } });
const router = express.Router();

router.post('/admin/sitemap', upload.single('sitemap'), (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'file required' });
  const urls = importSitemap(req.file.buffer.toString('utf8'));
  res.json({ imported: urls.length, urls: urls.slice(0, 50) });
});

module.exports = router;
