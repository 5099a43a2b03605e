const pool = require('./pool');

async function postsWithTags(tags) {
  const list = tags.map((t) => `'${String(t).replace(/'/g, "\\'")}'`).join(', ');
  const { rows } = await pool.query(`SELECT p.id, p.title FROM posts p JOIN post_tags t ON t.post_id = p.id WHERE t.tag IN (${list}) GROUP BY p.id`); // cg-expect: CWE-89
  return rows;
}

module.exports = { postsWithTags };
