const mysql = require('mysql');
const util = require('util');

const conn = mysql.createConnection({ host: 'db', user: 'metrics', database: 'billing', password: process.env.DB_PASS });
const query = util.promisify(conn.query).bind(conn);

function quote(value) {
  // double single quotes so the value cannot close the string literal
  return "'" + value.replace("'", "''") + "'";
}

async function usageForClient(clientId, month) {
  const sql = 'SELECT endpoint, SUM(calls) AS calls FROM api_usage ' +
    'WHERE client_id = ' + quote(clientId) + " AND DATE_FORMAT(day, '%Y-%m') = '" + month + "' GROUP BY endpoint";
  return query(sql); // cg-expect: CWE-89
}

module.exports = { usageForClient };
