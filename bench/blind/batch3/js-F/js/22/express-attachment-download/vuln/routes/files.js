const express = require('express');
const { openAttachment } = require('../services/storage');
const router = express.Router();

router.get('/attachments/:name', (req, res) => {
  const stream = openAttachment(req.params.name);
  if (!stream) return res.sendStatus(400);
  stream.on('error', () => res.sendStatus(404));
  stream.pipe(res);
});

module.exports = router;
