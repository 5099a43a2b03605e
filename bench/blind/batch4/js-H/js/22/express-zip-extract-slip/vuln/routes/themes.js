const express = require('express');
const multer = require('multer');
const { installTheme } = require('../services/themes');
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 20e6 } });
const router = express.Router();
router.post('/admin/themes', upload.single('bundle'), (req, res) => {
  res.json({ installedAt: installTheme(req.file.buffer, req.body.name) });
});
module.exports = router;
