const { Pool } = require('pg');
const pool = new Pool();

async function threadWithPosts(id) {
  const t = await pool.query('SELECT id, title FROM threads WHERE id = $1', [id]);
  if (!t.rows[0]) return null;
  const p = await pool.query(
    'SELECT p.id, p.body, u.name, u.signature FROM posts p JOIN users u ON u.id = p.author_id WHERE p.thread_id = $1 ORDER BY p.id',
    [id],
  );
  return { ...t.rows[0], posts: p.rows };
}

module.exports = { threadWithPosts };
