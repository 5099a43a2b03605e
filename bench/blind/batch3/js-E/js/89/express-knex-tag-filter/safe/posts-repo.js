const knex = require('knex')({ client: 'mysql2', connection: process.env.DATABASE_URL });

const PAGE = 25;

async function postsByTag(tag, page) {
  const q = knex('posts').select('id', 'title', 'published_at').where('published', true);
  if (tag) {
    q.whereRaw('JSON_CONTAINS(tags, JSON_QUOTE(?))', [tag]);
  }
  return q.orderBy('published_at', 'desc').limit(PAGE).offset((page - 1) * PAGE);
}

module.exports = { postsByTag };
