import { Pool, type QueryResultRow } from 'pg';

const DB_PASSWORD = process.env.PGPASSWORD;

export const pool = new Pool({
  host: process.env.PGHOST ?? 'orders-db.cluster-c8x2k1.eu-west-1.rds.amazonaws.com',
  port: 5432,
  database: 'orders',
  user: 'orders_app',
  password: DB_PASSWORD,
  ssl: { rejectUnauthorized: true },
  max: 10,
});

export async function query<T extends QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const { rows } = await pool.query<T>(text, params);
  return rows;
}
