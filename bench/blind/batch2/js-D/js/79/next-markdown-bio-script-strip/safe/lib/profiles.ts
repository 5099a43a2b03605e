import { Pool } from 'pg';

const pool = new Pool();

export async function loadProfile(handle: string) {
  const { rows } = await pool.query('SELECT display_name, bio_markdown FROM profiles WHERE handle = $1', [handle]);
  if (!rows.length) return null;
  return { name: rows[0].display_name as string, bioMarkdown: rows[0].bio_markdown as string };
}
