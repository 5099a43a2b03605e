import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

type ListOptions = { customerId: number; sort: string; dir: string };

const SORTABLE: Record<string, string> = {
  created_at: 'o.created_at',
  total: 'o.total_cents',
  status: 'o.status',
};

export async function listOrders(opts: ListOptions) {
  const direction = opts.dir.toLowerCase() === 'asc' ? 'ASC' : 'DESC';
  const column = SORTABLE[opts.sort] ?? SORTABLE.created_at;
  const text = `SELECT o.id, o.status, o.total_cents, o.created_at
                FROM orders o
                WHERE o.customer_id = $1
                ORDER BY ${column} ${direction}
                LIMIT 50`;
  const { rows } = await pool.query(text, [opts.customerId]);
  return rows;
}

export async function countOrders(customerId: number): Promise<number> {
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM orders WHERE customer_id = $1', [customerId]);
  return rows[0].n;
}
