const express = require('express');
const { parseDashboard } = require('./yaml-loader');
const store = require('./store');

const router = express.Router();

router.post('/dashboards', express.text({ type: ['application/yaml', 'text/yaml'], limit: '100kb' }), async (req, res) => {
  let def;
  try {
    def = parseDashboard(req.body);
  } catch (e) {
    return res.status(400).json({ error: 'invalid dashboard definition' });
  }
  const id = await store.saveDashboard(req.user.id, def);
  res.status(201).json({ id, widgets: def.widgets.length });
});

module.exports = router;
