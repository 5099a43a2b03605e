const db = require('./db');

async function searchArticles(q) {
  if (!q) return [];
  return db.any('SELECT slug, title FROM articles WHERE title ILIKE $1 LIMIT 20', [`%${q}%`]);
}

module.exports = { searchArticles };
