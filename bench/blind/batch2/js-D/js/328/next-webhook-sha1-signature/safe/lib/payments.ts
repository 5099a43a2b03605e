import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function recordPayment(invoiceId: string, amount: number) {
  await pool.query('UPDATE invoices SET paid_cents = $2, paid_at = now() WHERE id = $1', [invoiceId, amount]);
}
