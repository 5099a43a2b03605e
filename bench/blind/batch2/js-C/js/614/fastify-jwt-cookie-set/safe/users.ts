import bcrypt from 'bcrypt';
import { Pool } from 'pg';

const pool = new Pool();

export async function checkCredentials(email: string, password: string) {
  const { rows } = await pool.query('SELECT id, role, password_hash FROM users WHERE email = $1', [email]);
  const u = rows[0];
  if (!u || !(await bcrypt.compare(password, u.password_hash))) return null;
  return { id: u.id as number, role: u.role as string };
}
