const mysql = require('mysql2/promise');

const pool = mysql.createPool({ uri: process.env.MYSQL_URL, connectionLimit: 5 });

async function record(username, clientIp, success) {
  const user = String(username || '').replace(/'/g, "''");
  await pool.query( // cg-expect: CWE-89
    "INSERT INTO login_audit (username, client_ip, success, at) VALUES ('" + user + "', '" + clientIp + "', " + (success ? 1 : 0) + ', NOW())',
  );
}

module.exports = { record };
