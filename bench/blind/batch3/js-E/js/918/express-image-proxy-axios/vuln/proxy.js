const express = require('express');
const { fetchImage } = require('./images');

const router = express.Router();

router.get('/img', async (req, res) => {
  try {
    const upstream = await fetchImage(String(req.query.src || ''));
    res.set('Content-Type', upstream.headers['content-type'] || 'application/octet-stream');
    upstream.data.pipe(res);
  } catch {
    res.sendStatus(502);
  }
});

module.exports = router;
