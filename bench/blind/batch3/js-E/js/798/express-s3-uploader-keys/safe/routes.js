const express = require('express');
const multer = require('multer');
const { putAvatar } = require('./storage');

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 1024 * 1024 } });
const router = express.Router();

router.post('/me/avatar', upload.single('avatar'), async (req, res) => {
  if (!req.file || !/^image\/(png|jpeg)$/.test(req.file.mimetype)) return res.status(400).end();
  const key = await putAvatar(req.user.id, req.file.buffer, req.file.mimetype);
  res.json({ key });
});

module.exports = router;
