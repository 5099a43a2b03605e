import CryptoJS from 'crypto-js';
import { timingSafeEqual } from 'crypto';
import { Pool } from 'pg';

const pool = new Pool();

export async function checkLogin(email: string, password: string) {
  const { rows } = await pool.query('SELECT id, password_hash FROM users WHERE email = $1', [email]);
  const user = rows[0];
  if (!user) return null;
  const digest = CryptoJS.MD5(password).toString(); // cg-expect: CWE-328
  const a = Buffer.from(digest);
  const b = Buffer.from(String(user.password_hash));
  return a.length === b.length && timingSafeEqual(a, b) ? user : null;
}
