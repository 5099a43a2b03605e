const pool = require('./pool');

async function postsWithTags(tags) {
  const { rows } = await pool.query('SELECT p.id, p.title FROM posts p JOIN post_tags t ON t.post_id = p.id WHERE t.tag = ANY($1::text[]) GROUP BY p.id', [tags.map(String)]);
  return rows;
}

module.exports = { postsWithTags };
