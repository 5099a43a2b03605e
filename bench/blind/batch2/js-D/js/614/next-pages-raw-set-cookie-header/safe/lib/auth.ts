import bcrypt from 'bcrypt';
import { Pool } from 'pg';

const pool = new Pool();

export async function verifyLogin(email: string, password: string) {
  const { rows } = await pool.query('SELECT id, name, password_hash FROM users WHERE email = $1', [email.toLowerCase()]);
  if (!rows.length || !(await bcrypt.compare(password, rows[0].password_hash))) return null;
  return { id: rows[0].id as number, name: rows[0].name as string };
}
