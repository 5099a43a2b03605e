const { Sequelize, DataTypes, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL);
const SavedReport = sequelize.define('SavedReport', { ownerId: DataTypes.INTEGER, name: DataTypes.STRING, groupBy: DataTypes.STRING });

const GROUPABLE = { day: 'date(created_at)', product: 'product_id', region: 'region' };

async function runReport(report, userId) {
  const col = GROUPABLE[report.groupBy];
  if (!col) throw new Error('unsupported grouping');
  return sequelize.query(
    `SELECT ${col} AS bucket, SUM(amount) AS total FROM sales WHERE seller_id = :uid GROUP BY ${col}`,
    { replacements: { uid: userId }, type: QueryTypes.SELECT },
  );
}

module.exports = { SavedReport, runReport };
