const express = require('express');
const db = require('./db');

const router = express.Router();

// every tenant-scoped query trusts req.session.tenantId
router.get('/invoices', async (req, res) => {
  if (!req.session.tenantId) return res.status(409).json({ error: 'select a tenant first' });
  const { rows } = await db.query('SELECT id, number, total_cents, status FROM invoices WHERE tenant_id = $1', [
    req.session.tenantId,
  ]);
  res.json(rows);
});

module.exports = router;
