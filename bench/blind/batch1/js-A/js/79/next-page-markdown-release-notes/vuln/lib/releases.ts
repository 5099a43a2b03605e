import { sql } from '@vercel/postgres';

export async function getRelease(id: string) {
  const { rows } = await sql`SELECT version, notes, author_name FROM releases WHERE id = ${id}`;
  if (!rows[0]) return null;
  return { version: rows[0].version as string, notes: rows[0].notes as string, authorName: rows[0].author_name as string };
}
