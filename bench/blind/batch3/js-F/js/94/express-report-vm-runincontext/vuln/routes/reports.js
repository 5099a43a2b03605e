const express = require('express');
const reports = require('../db/reports');
const { computeColumn } = require('../lib/formula');
const router = express.Router();

router.post('/reports', express.json(), async (req, res) => {
  const id = await reports.create({ ownerId: req.user.id, name: req.body.name, formula: req.body.formula });
  res.status(201).json({ id });
});

router.get('/reports/:id', async (req, res) => {
  const report = await reports.get(req.params.id);
  const rows = await reports.rows(report.id);
  res.json(rows.map((r) => ({ ...r, computed: computeColumn(report.formula, r) })));
});

module.exports = router;
