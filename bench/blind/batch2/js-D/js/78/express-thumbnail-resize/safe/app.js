const express = require('express');
const multer = require('multer');
const { makeThumbnail } = require('./services/thumbs');

const upload = multer({ dest: '/var/app/uploads' });
const app = express();

app.post('/images/thumbnail', upload.single('image'), async (req, res) => {
  if (!req.file) {
    return res.status(400).json({ error: 'image required' });
  }
  const width = req.body.width || '200';
  try {
    const out = await makeThumbnail(req.file.path, req.file.originalname, width);
    res.json({ thumbnail: out });
  } catch (err) {
    res.status(500).json({ error: 'conversion failed' });
  }
});

app.get('/healthz', (req, res) => {
  res.json({ status: 'ok', uptime: process.uptime() });
});

app.listen(3000);
