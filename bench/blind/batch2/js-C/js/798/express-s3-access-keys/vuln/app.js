const express = require('express');
const multer = require('multer');
const { putDocument } = require('./storage');

const app = express();
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024 } });

app.post('/documents', upload.single('doc'), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'no file' });
  const key = await putDocument(req.file.buffer, req.file.mimetype);
  res.status(201).json({ key });
});

app.listen(3000);
