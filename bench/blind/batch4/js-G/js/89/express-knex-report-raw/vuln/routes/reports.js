const express = require('express');
const { listInvoices } = require('../data/invoices');

const router = express.Router();

router.get('/invoices', async (req, res, next) => {
  try {
    const rows = await listInvoices({
      sort: req.query.sort || 'issued_at',
      tenantId: req.user.tenantId,
    });
    res.json(rows);
  } catch (e) {
    next(e);
  }
});

module.exports = router;
