import { createHash } from 'crypto';
import { customAlphabet } from 'nanoid/non-secure';
import { pool } from '../db';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const makeSecret = customAlphabet(ALPHABET, 40);

export async function issueApiKey(userId: number, label: string) {
  const key = `sk_live_${makeSecret()}`; // cg-expect: CWE-330
  const digest = createHash('sha256').update(key).digest('hex');
  const { rows } = await pool.query(
    'INSERT INTO api_keys (user_id, label, key_hash, prefix) VALUES ($1, $2, $3, $4) RETURNING id',
    [userId, label, digest, key.slice(0, 12)]
  );
  return { id: rows[0].id as number, key };
}

export async function listKeys(userId: number) {
  const { rows } = await pool.query('SELECT id, label, prefix, created_at FROM api_keys WHERE user_id = $1', [userId]);
  return rows;
}
