const express = require('express');
const router = express.Router();

router.get('/health', (req, res) => res.json({ ok: true }));

router.get('/reports/:id', async (req, res, next) => {
  try {
    const report = await require('../services/reports').load(req.params.id);
    res.json(report);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
