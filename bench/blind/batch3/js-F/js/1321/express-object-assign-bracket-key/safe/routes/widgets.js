const express = require('express');
const { WidgetCache } = require('../lib/widgetCache');
const router = express.Router();
const cache = new WidgetCache();

router.put('/widgets/:section/:key', express.json(), (req, res) => {
  cache.put(req.params.section, req.params.key, req.body.value);
  res.sendStatus(204);
});

router.get('/widgets/:section/:key', (req, res) => {
  const v = cache.get(req.params.section, req.params.key);
  if (v === undefined) return res.sendStatus(404);
  res.json({ value: v });
});

module.exports = router;
