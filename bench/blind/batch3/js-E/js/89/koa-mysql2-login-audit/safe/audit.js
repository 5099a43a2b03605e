const mysql = require('mysql2/promise');

const pool = mysql.createPool({ uri: process.env.MYSQL_URL, connectionLimit: 5 });

async function record(username, clientIp, success) {
  const user = String(username || '');
  await pool.query(
    'INSERT INTO login_audit (username, client_ip, success, at) VALUES (?, ?, ?, NOW())',
    [user, String(clientIp).slice(0, 64), success ? 1 : 0],
  );
}

module.exports = { record };
