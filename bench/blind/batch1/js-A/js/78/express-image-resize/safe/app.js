const express = require('express');
const path = require('path');
const { resizeImage } = require('./imaging');

const app = express();
const MEDIA_DIR = path.join(__dirname, 'media');

app.get('/thumbs', async (req, res) => {
  const file = req.query.file;
  const width = parseInt(req.query.w, 10) || 200;
  if (!file) {
    return res.status(400).json({ error: 'file is required' });
  }
  try {
    const out = await resizeImage(MEDIA_DIR, file, width);
    res.sendFile(out);
  } catch (err) {
    res.status(500).json({ error: 'resize failed' });
  }
});

app.listen(3000);
