const db = require('./db');

async function listMemberships(userId) {
  const { rows } = await db.query(
    'SELECT t.id, t.name, m.role FROM memberships m JOIN tenants t ON t.id = m.tenant_id WHERE m.user_id = $1',
    [userId]
  );
  return rows;
}

async function findMembership(userId, tenantId) {
  const { rows } = await db.query(
    'SELECT tenant_id AS "tenantId", role FROM memberships WHERE user_id = $1 AND tenant_id = $2',
    [userId, tenantId]
  );
  return rows[0] || null;
}

module.exports = { listMemberships, findMembership };
