import { Pool } from 'pg';

const pool = new Pool();

export async function findUserByEmail(email: string) {
  const { rows } = await pool.query('SELECT id, password_hash FROM users WHERE email = $1', [String(email)]);
  return rows[0] ? { id: rows[0].id as number, passwordHash: rows[0].password_hash as string } : null;
}
