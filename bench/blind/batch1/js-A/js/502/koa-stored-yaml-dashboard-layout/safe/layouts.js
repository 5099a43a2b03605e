const yaml = require('js-yaml');
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ uri: process.env.DATABASE_URL });

async function save(userId, dashboardId, text) {
  await pool.execute(
    'INSERT INTO layouts (user_id, dashboard_id, yaml) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE yaml = VALUES(yaml)',
    [userId, dashboardId, text],
  );
}

async function load(userId, dashboardId) {
  const [rows] = await pool.execute('SELECT yaml FROM layouts WHERE user_id = ? AND dashboard_id = ?', [userId, dashboardId]);
  if (!rows.length) return { widgets: [] };
  const layout = yaml.safeLoad(rows[0].yaml, { schema: yaml.JSON_SCHEMA });
  return { widgets: Array.isArray(layout && layout.widgets) ? layout.widgets : [] };
}

module.exports = { save, load };
