const express = require('express');
const multer = require('multer');
const { installTheme } = require('./themes');

const app = express();
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024 } });

// site owners upload a zipped theme (templates, css, images)
app.post('/sites/:siteId/theme', upload.single('theme'), async (req, res, next) => {
  try {
    if (!req.file) return res.status(400).json({ error: 'theme archive required' });
    const files = await installTheme(req.params.siteId, req.file.buffer);
    res.status(201).json({ installed: files });
  } catch (e) {
    next(e);
  }
});

app.listen(3000);
