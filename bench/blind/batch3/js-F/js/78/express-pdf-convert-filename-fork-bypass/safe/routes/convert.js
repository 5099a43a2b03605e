const express = require('express');
const multer = require('multer');
const { toPdf } = require('../services/converter');
const upload = multer({ dest: '/tmp/incoming' });
const router = express.Router();

router.post('/convert', upload.single('doc'), async (req, res, next) => {
  try {
    const pdfPath = await toPdf(req.file.path, req.file.originalname);
    res.download(pdfPath);
  } catch (e) {
    next(e);
  }
});

module.exports = router;
