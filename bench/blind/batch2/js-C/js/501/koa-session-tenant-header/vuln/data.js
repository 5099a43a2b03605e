const { Pool } = require('pg');
const pool = new Pool();

async function listProjects(tenantId) {
  const { rows } = await pool.query('SELECT id, name FROM projects WHERE tenant_id = $1', [tenantId]);
  return rows;
}

async function userTenants(userId) {
  const { rows } = await pool.query('SELECT tenant_id FROM memberships WHERE user_id = $1', [userId]);
  return rows.map((r) => r.tenant_id);
}

module.exports = { listProjects, userTenants };
