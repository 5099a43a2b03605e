const express = require('express');
const db = require('../db');
const { runBackup } = require('../jobs/backup');

const router = express.Router();

router.post('/tenants/:tenantId/backup-settings', async (req, res) => {
  const { label } = req.body;
  await db.query(
    'UPDATE tenants SET backup_label = $1 WHERE id = $2',
    [label, req.params.tenantId]
  );
  res.status(204).end();
});

router.post('/tenants/:tenantId/backups', async (req, res) => {
  const { rows } = await db.query('SELECT id, backup_label FROM tenants WHERE id = $1', [req.params.tenantId]);
  if (!rows.length) return res.sendStatus(404);
  const file = await runBackup(rows[0]);
  res.json({ file });
});

module.exports = router;
