const express = require('express');
const multer = require('multer');
const { makeThumbnail } = require('../services/thumbs');
const upload = multer({ dest: '/var/app/uploads' });
const router = express.Router();

router.post('/images', upload.single('image'), async (req, res, next) => {
  try {
    const out = await makeThumbnail(req.file.path, req.file.originalname);
    res.json({ thumbnail: out });
  } catch (err) { next(err); }
});
module.exports = router;
