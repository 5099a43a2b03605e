const mysql = require('mysql2/promise');

const pool = mysql.createPool({ host: 'db', user: 'mail', database: 'mail', password: process.env.DB_PASSWORD, connectionLimit: 10 });

async function deleteMessages(userId, ids) {
  const list = ids.join(',');
  const [result] = await pool.query(`DELETE FROM messages WHERE owner_id = ? AND id IN (${list})`, [userId]); // cg-expect: CWE-89
  return result.affectedRows;
}

module.exports = { deleteMessages };
