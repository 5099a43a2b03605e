const express = require('express');
const { createArchive } = require('../services/archiver');
const router = express.Router();

router.get('/export', async (req, res, next) => {
  try {
    const name = String(req.query.name || 'backup');
    const file = await createArchive(name);
    res.download(file);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
