const { QueryTypes } = require('sequelize');

async function salesByStatus(sequelize, status, from) {
  const sql = "SELECT date_trunc('day', created_at) AS day, SUM(total) AS total FROM sales WHERE status = :status AND created_at >= :from GROUP BY 1";
  return sequelize.query(sql, { replacements: { status, from }, type: QueryTypes.SELECT });
}

module.exports = { salesByStatus };
