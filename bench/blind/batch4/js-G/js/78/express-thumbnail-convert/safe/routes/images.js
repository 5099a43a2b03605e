const express = require('express');
const multer = require('multer');
const { makeThumbnail } = require('../services/thumbs');

const upload = multer({ dest: '/var/app/uploads' });
const router = express.Router();

router.post('/images', upload.single('photo'), async (req, res, next) => {
  try {
    const { originalname, path: tmpPath } = req.file;
    const width = parseInt(req.body.width, 10) || 200;
    const out = await makeThumbnail(tmpPath, originalname, width);
    res.status(201).json({ thumbnail: out });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
