const express = require('express');
const multer = require('multer');
const { parseFeed } = require('../feed');
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 2e6 } });
const router = express.Router();

router.post('/import', upload.single('feed'), (req, res) => {
  const products = parseFeed(req.file.buffer.toString('utf8'));
  res.json({ imported: products.length, products });
});
module.exports = router;
