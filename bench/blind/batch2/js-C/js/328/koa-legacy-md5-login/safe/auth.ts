import bcrypt from 'bcrypt';
import { Pool } from 'pg';

const pool = new Pool();

export async function checkLogin(email: string, password: string) {
  const { rows } = await pool.query('SELECT id, password_hash FROM users WHERE email = $1', [email]);
  const user = rows[0];
  if (!user) return null;
  const ok = await bcrypt.compare(password, String(user.password_hash));
  return ok ? user : null;
}
