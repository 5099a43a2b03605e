import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

type ListOptions = { customerId: number; sort: string; dir: string };

export async function listOrders(opts: ListOptions) {
  const direction = opts.dir.toLowerCase() === 'asc' ? 'ASC' : 'DESC';
  const text = `SELECT o.id, o.status, o.total_cents, o.created_at
                FROM orders o
                WHERE o.customer_id = $1
                ORDER BY ${opts.sort} ${direction}
                LIMIT 50`;
  const { rows } = await pool.query(text, [opts.customerId]); // cg-expect: CWE-89
  return rows;
}

export async function countOrders(customerId: number): Promise<number> {
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM orders WHERE customer_id = $1', [customerId]);
  return rows[0].n;
}
