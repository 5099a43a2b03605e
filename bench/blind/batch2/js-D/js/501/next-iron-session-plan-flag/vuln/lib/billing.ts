import { Pool } from 'pg';

const pool = new Pool();

export async function getSubscription(userId: number) {
  const { rows } = await pool.query('SELECT plan, active FROM subscriptions WHERE user_id = $1', [userId]);
  return rows[0] as { plan: 'free' | 'pro' | 'enterprise'; active: boolean } | undefined;
}
