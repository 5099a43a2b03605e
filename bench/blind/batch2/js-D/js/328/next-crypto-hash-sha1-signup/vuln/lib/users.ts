import { Pool } from 'pg';

const pool = new Pool();

export async function emailTaken(email: string): Promise<boolean> {
  const { rowCount } = await pool.query('SELECT 1 FROM users WHERE email = lower($1)', [email]);
  return Boolean(rowCount);
}

export async function insertUser(email: string, passwordHash: string): Promise<number> {
  const { rows } = await pool.query('INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING id', [email, passwordHash]);
  return rows[0].id;
}
