class ReportService {
  constructor(db) {
    this.db = db;
  }

  async revenueByDay(region, from) {
    const result = await this.db.raw(
      `SELECT date_trunc('day', paid_at) AS day, SUM(amount_cents) AS revenue
         FROM payments
        WHERE region = ? AND paid_at >= ?
        GROUP BY 1 ORDER BY 1`,
      [region, from]
    );
    return result.rows;
  }

  async regions() {
    return this.db('payments').distinct('region').orderBy('region');
  }
}

module.exports = { ReportService };
