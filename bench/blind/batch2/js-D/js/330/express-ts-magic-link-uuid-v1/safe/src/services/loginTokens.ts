import { v4 as uuidv4 } from 'uuid';
import { pool } from '../db';
import { sendMail } from './mail';

export async function createLoginToken(email: string): Promise<void> {
  const { rows } = await pool.query('SELECT id FROM users WHERE email = $1', [email]);
  if (!rows.length) return;
  const token = uuidv4();
  await pool.query("INSERT INTO login_tokens (token, user_id, expires_at) VALUES ($1, $2, now() + interval '15 minutes')", [token, rows[0].id]);
  await sendMail(email, `Sign in: https://app.example.com/auth/magic/${token}`);
}

export async function consumeLoginToken(token: string): Promise<number | null> {
  const { rows } = await pool.query('DELETE FROM login_tokens WHERE token = $1 AND expires_at > now() RETURNING user_id', [token]);
  return rows.length ? rows[0].user_id : null;
}
