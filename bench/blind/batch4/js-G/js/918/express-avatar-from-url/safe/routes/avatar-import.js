const express = require('express');
const { downloadAvatar } = require('../lib/download');

const router = express.Router();
router.use(express.json());

router.post('/me/avatar/import', async (req, res) => {
  try {
    const buf = await downloadAvatar(String(req.body.url || ''));
    await req.app.locals.storage.put(`avatars/${req.user.id}`, buf);
    res.status(201).json({ size: buf.length });
  } catch (e) {
    res.status(400).json({ error: 'could not import' });
  }
});

module.exports = router;
