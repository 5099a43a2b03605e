const express = require('express');
const { listMemberships, findMembership } = require('./memberships');

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
  const membership = await findMembership(req.session.userId, tenantId);
  if (!membership) return res.status(403).json({ error: 'not a member of that tenant' });
  req.session.tenantId = membership.tenantId;
  req.session.save(() => res.json({ active: tenantId }));
});

module.exports = router;
