const express = require('express');
const multer = require('multer');
const { makeThumbnail } = require('../services/imaging');

const upload = multer({ dest: '/var/app/uploads' });
const router = express.Router();

router.post('/thumbs', upload.single('image'), async (req, res, next) => {
  try {
    const out = await makeThumbnail(req.file.path, req.file.originalname, req.body.size || '128');
    res.json({ thumbnail: out });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
