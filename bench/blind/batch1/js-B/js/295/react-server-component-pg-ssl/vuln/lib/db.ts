import { Pool } from 'pg';

const globalForPool = globalThis as unknown as { reportsPool?: Pool };

export const pool =
  globalForPool.reportsPool ??
  new Pool({ // cg-expect: CWE-295
    connectionString: process.env.REPORTS_DATABASE_URL,
    max: 5,
    ssl: { rejectUnauthorized: false },
  });

if (process.env.NODE_ENV !== 'production') globalForPool.reportsPool = pool;

export async function revenueByMonth(orgId: string) {
  const { rows } = await pool.query<{ month: string; total: string }>(
    `SELECT to_char(date_trunc('month', paid_at), 'YYYY-MM') AS month, sum(amount_cents)::text AS total
       FROM payments WHERE org_id = $1 GROUP BY 1 ORDER BY 1 DESC LIMIT 12`,
    [orgId]
  );
  return rows.map((r) => ({ month: r.month, total: Number(r.total) / 100 }));
}
