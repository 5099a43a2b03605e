import { Pool } from 'pg';

const pool = new Pool();

export async function searchArticles(opts: { q: string; tags: string[]; limit: number }) {
  const { rows } = await pool.query(
    `SELECT id, title, slug FROM articles
      WHERE ($1 = '' OR search_vector @@ plainto_tsquery('english', $1))
        AND (cardinality($2::text[]) = 0 OR tags @> $2::text[])
      ORDER BY published_at DESC LIMIT $3`,
    [opts.q, opts.tags, opts.limit]
  );
  return rows;
}
