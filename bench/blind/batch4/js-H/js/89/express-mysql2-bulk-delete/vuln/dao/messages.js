const mysql = require('mysql2/promise');
const pool = mysql.createPool({ host: 'db', user: 'app', database: 'mail', password: process.env.DB_PASSWORD });

async function deleteMessages(ownerId, ids) {
  if (!Array.isArray(ids) || ids.length === 0) return 0;
  const [result] = await pool.query(`DELETE FROM messages WHERE owner_id = ? AND id IN (${ids.join(',')})`, [ownerId]); // cg-expect: CWE-89
  return result.affectedRows;
}
module.exports = { deleteMessages };
