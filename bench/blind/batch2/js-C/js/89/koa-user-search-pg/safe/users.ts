import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function searchUsers(term: string) {
  const text = `SELECT id, email, display_name FROM users WHERE display_name ILIKE '%' || $1 || '%' LIMIT 50`;
  const result = await pool.query(text, [term]);
  return result.rows;
}
