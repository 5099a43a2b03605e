const mysql = require('mysql2/promise');

const pool = mysql.createPool({ host: 'db', user: 'mail', database: 'mail', password: process.env.DB_PASSWORD, connectionLimit: 10 });

async function deleteMessages(userId, ids) {
  const numeric = ids.map((x) => Number.parseInt(x, 10)).filter(Number.isSafeInteger);
  const marks = numeric.map(() => '?').join(',');
  const [result] = await pool.execute(`DELETE FROM messages WHERE owner_id = ? AND id IN (${marks})`, [userId, ...numeric]);
  return result.affectedRows;
}

module.exports = { deleteMessages };
