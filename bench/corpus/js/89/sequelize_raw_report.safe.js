import { QueryTypes } from "sequelize";
import { sequelize } from "./db.js";

export async function salesReport(req, res) {
  const { region, year } = req.query;
  const sql = "SELECT month, SUM(amount) AS total FROM sales WHERE region = :region AND year = :year GROUP BY month";
  const rows = await sequelize.query(sql, { type: QueryTypes.SELECT, replacements: { region, year } });
  res.json(rows);
}
