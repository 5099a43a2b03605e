const express = require('express');
const multer = require('multer');
const { parseLine } = require('../csv');
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5e6 } });
const router = express.Router();
router.post('/contacts/import', upload.single('csv'), (req, res) => {
  const rows = req.file.buffer.toString('utf8').split(/\r?\n/).filter(Boolean).map(parseLine);
  res.json({ rows: rows.length });
});
module.exports = router;
