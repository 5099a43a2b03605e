const express = require('express');
const busboy = require('busboy');
const { avatarWriteStream } = require('../lib/avatars');

const router = express.Router();

router.post('/me/avatar', (req, res) => {
  const bb = busboy({ headers: req.headers, limits: { fileSize: 2 * 1024 * 1024, files: 1 } });
  bb.on('file', (field, file, info) => {
    const out = avatarWriteStream(req.user.id, info.filename);
    file.pipe(out);
    out.on('finish', () => res.status(201).json({ ok: true }));
  });
  req.pipe(bb);
});

module.exports = router;
