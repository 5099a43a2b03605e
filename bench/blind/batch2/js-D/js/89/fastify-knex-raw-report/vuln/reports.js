class ReportService {
  constructor(db) {
    this.db = db;
  }

  async revenueByDay(region, from) {
    const result = await this.db.raw( // cg-expect: CWE-89
      `SELECT date_trunc('day', paid_at) AS day, SUM(amount_cents) AS revenue
         FROM payments
        WHERE region = '${region}' AND paid_at >= '${from}'
        GROUP BY 1 ORDER BY 1`
    );
    return result.rows;
  }

  async regions() {
    return this.db('payments').distinct('region').orderBy('region');
  }
}

module.exports = { ReportService };
