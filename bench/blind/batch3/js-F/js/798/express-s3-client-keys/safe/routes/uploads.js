const express = require('express');
const multer = require('multer');
const crypto = require('crypto');
const { putObject } = require('../lib/s3');
const upload = multer({ storage: multer.memoryStorage() });
const router = express.Router();

router.post('/uploads', upload.single('file'), async (req, res) => {
  const key = `${req.user.id}/${crypto.randomUUID()}`;
  res.json({ location: await putObject(key, req.file.buffer, req.file.mimetype) });
});

module.exports = router;
