const express = require('express');
const db = require('../db');
const { renderInvoice } = require('../lib/invoiceRenderer');

const router = express.Router();

router.put('/workspace/invoice-template', express.json(), async (req, res) => {
  await db.query('UPDATE workspaces SET invoice_template = $1, invoice_layout = $2 WHERE id = $3', [
    String(req.body.template || ''),
    String(req.body.layout || 'classic'),
    req.user.workspaceId,
  ]);
  res.sendStatus(204);
});

router.get('/invoices/:id/html', async (req, res) => {
  const { rows } = await db.query(
    'SELECT i.*, w.invoice_template, w.invoice_layout, w.name AS workspace FROM invoices i JOIN workspaces w ON w.id = i.workspace_id WHERE i.id = $1 AND w.id = $2',
    [req.params.id, req.user.workspaceId]
  );
  if (!rows.length) return res.sendStatus(404);
  res.type('html').send(await renderInvoice(rows[0]));
});

module.exports = router;
