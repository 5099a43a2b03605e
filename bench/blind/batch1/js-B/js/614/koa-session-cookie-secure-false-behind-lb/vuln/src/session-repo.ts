import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export interface SessionRow {
  sid: string;
  userId: string;
  expiresAt: Date;
}

export const sessions = {
  async create(sid: string, userId: string): Promise<void> {
    await pool.query("INSERT INTO sessions (sid, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')", [sid, userId]);
  },

  async find(sid: string): Promise<SessionRow | null> {
    const { rows } = await pool.query(
      'SELECT sid, user_id AS "userId", expires_at AS "expiresAt" FROM sessions WHERE sid = $1 AND expires_at > now()',
      [sid]
    );
    return rows[0] ?? null;
  },
};
