import argon2 from 'argon2';
import { Pool } from 'pg';

const pool = new Pool();

export async function verifyLogin(email: string, password: string): Promise<boolean> {
  const { rows } = await pool.query('SELECT password_hash FROM users WHERE email = $1', [email]);
  return rows.length === 1 && argon2.verify(rows[0].password_hash, password);
}
