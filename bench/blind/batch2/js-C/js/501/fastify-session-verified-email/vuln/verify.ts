import { Pool } from 'pg';

const pool = new Pool();

export async function consumeVerifyToken(token: string, email: string): Promise<boolean> {
  const { rowCount } = await pool.query(
    'DELETE FROM email_verifications WHERE token = $1 AND email = $2 AND expires_at > now()',
    [token, email],
  );
  return (rowCount ?? 0) > 0;
}
