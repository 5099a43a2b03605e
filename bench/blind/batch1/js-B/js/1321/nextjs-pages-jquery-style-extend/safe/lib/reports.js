import prisma from './prisma';

const REPORTS = {
  revenue: { table: 'payments', valueColumn: 'amount_cents' },
  signups: { table: 'users', valueColumn: null },
};

export async function runReport(reportId, options) {
  const report = REPORTS[reportId];
  if (!report) throw Object.assign(new Error('unknown report'), { status: 404 });
  const days = Math.min(365, Math.max(1, Number(options.range?.days) || 30));
  const since = new Date(Date.now() - days * 864e5);
  if (report.table === 'payments') {
    return prisma.$queryRaw`SELECT date_trunc('day', paid_at) AS day, sum(amount_cents) AS value
                            FROM payments WHERE paid_at >= ${since} GROUP BY 1 ORDER BY 1`;
  }
  return prisma.$queryRaw`SELECT date_trunc('day', created_at) AS day, count(*) AS value
                          FROM users WHERE created_at >= ${since} GROUP BY 1 ORDER BY 1`;
}
