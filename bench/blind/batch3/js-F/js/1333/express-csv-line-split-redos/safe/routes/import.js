const express = require('express');
const multer = require('multer');
const { validRows } = require('../lib/csv');
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 2 * 1024 * 1024 } });
const router = express.Router();

router.post('/contacts/import/validate', upload.single('csv'), (req, res) => {
  const badLines = validRows(req.file.buffer.toString('utf8'));
  res.json({ ok: badLines.length === 0, badLines: badLines.slice(0, 50) });
});

module.exports = router;
