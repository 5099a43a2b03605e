const { Pool } = require('pg');
const pool = new Pool();

async function getWebhook(id, tenantId) {
  const { rows } = await pool.query('SELECT id, url FROM webhooks WHERE id = $1 AND tenant_id = $2', [id, tenantId]);
  return rows[0] || null;
}

module.exports = { getWebhook };
