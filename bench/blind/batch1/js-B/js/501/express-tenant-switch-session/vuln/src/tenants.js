const express = require('express');
const { listMemberships } = require('./memberships');

const router = express.Router();
router.use(express.json());

function requireLogin(req, res, next) {
  if (!req.session.userId) return res.status(401).json({ error: 'login required' });
  next();
}

router.get('/tenants', requireLogin, async (req, res) => {
  res.json({ active: req.session.tenantId || null, tenants: await listMemberships(req.session.userId) });
});

router.post('/tenants/switch', requireLogin, async (req, res) => {
  const { tenantId } = req.body;
  if (typeof tenantId !== 'string' || !/^[0-9a-f-]{36}$/.test(tenantId)) {
    return res.status(400).json({ error: 'tenantId must be a uuid' });
  }
  req.session.tenantId = tenantId; // cg-expect: CWE-501
  req.session.save(() => res.json({ active: tenantId }));
});

module.exports = router;
