import { Pool } from 'pg';

const pool = new Pool();

export async function stockLevel(sku: string): Promise<number> {
  const { rows } = await pool.query('SELECT qty FROM stock WHERE sku = $1', [sku]);
  return rows.length ? Number(rows[0].qty) : 0;
}
