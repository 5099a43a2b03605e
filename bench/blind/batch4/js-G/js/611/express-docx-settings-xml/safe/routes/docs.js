const express = require('express');
const multer = require('multer');
const { wordCount } = require('../lib/docx');

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024 } });
const router = express.Router();

router.post('/documents/analyse', upload.single('doc'), (req, res) => {
  if (!req.file || !req.file.originalname.endsWith('.docx')) {
    return res.status(400).json({ error: 'docx required' });
  }
  try {
    res.json({ words: wordCount(req.file.buffer) });
  } catch {
    res.status(422).json({ error: 'unreadable document' });
  }
});

module.exports = router;
