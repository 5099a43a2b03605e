const db = require('./db');

async function membershipFor(uid, tenantId) {
  const { rows } = await db.query('SELECT role FROM memberships WHERE user_id = $1 AND tenant_id = $2', [uid, tenantId]);
  return rows[0] || null;
}

module.exports = { membershipFor };
