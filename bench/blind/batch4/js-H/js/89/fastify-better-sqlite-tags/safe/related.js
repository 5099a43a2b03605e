const Database = require('better-sqlite3');
const db = new Database('/var/lib/blog/blog.db', { readonly: true });

function relatedPosts(postId) {
  const { tag } = db.prepare('SELECT tag FROM posts WHERE id = ?').get(postId);
  return db.prepare('SELECT id, title FROM posts WHERE tag = ? AND id != ? LIMIT 5').all(tag, postId);
}
module.exports = { relatedPosts };
