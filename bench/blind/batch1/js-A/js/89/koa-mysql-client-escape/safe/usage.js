const mysql = require('mysql');
const util = require('util');

const conn = mysql.createConnection({ host: 'db', user: 'metrics', database: 'billing', password: process.env.DB_PASS });
const query = util.promisify(conn.query).bind(conn);

async function usageForClient(clientId, month) {
  const sql = 'SELECT endpoint, SUM(calls) AS calls FROM api_usage ' +
    "WHERE client_id = ? AND DATE_FORMAT(day, '%Y-%m') = ? GROUP BY endpoint";
  return query(sql, [clientId, month]);
}

module.exports = { usageForClient };
