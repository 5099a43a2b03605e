import { v4 as uuidv4 } from 'uuid';
import { Pool } from 'pg';

const pool = new Pool();

export async function createInvite(teamId: string, email: string): Promise<string> {
  const token = uuidv4();
  await pool.query('INSERT INTO invites (token, team_id, email) VALUES ($1, $2, $3)', [token, teamId, email]);
  return token;
}

export async function acceptInvite(token: string) {
  const { rows } = await pool.query('DELETE FROM invites WHERE token = $1 RETURNING team_id', [token]);
  return { joined: rows[0]?.team_id ?? null };
}
