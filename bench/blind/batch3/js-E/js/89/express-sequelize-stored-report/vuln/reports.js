const express = require('express');
const { SavedReport, runReport } = require('./report-service');

const router = express.Router();

router.post('/reports', express.json(), async (req, res) => {
  const r = await SavedReport.create({ ownerId: req.user.id, groupBy: String(req.body.groupBy), name: String(req.body.name) });
  res.status(201).json({ id: r.id });
});

router.get('/reports/:id/run', async (req, res) => {
  const report = await SavedReport.findOne({ where: { id: req.params.id, ownerId: req.user.id } });
  if (!report) return res.sendStatus(404);
  res.json(await runReport(report, req.user.id));
});

module.exports = router;
