import { Pool } from 'pg';

const pool = new Pool();

export async function loadOrders(accountId: number) {
  const { rows } = await pool.query('SELECT id, total_cents, status, customer FROM orders WHERE account_id = $1 LIMIT 10000', [accountId]);
  return rows as Record<string, unknown>[];
}
