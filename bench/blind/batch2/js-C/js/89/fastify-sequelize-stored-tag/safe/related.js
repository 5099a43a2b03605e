const { QueryTypes } = require('sequelize');

async function relatedPosts(sequelize, tag) {
  return sequelize.query(
    'SELECT p.id, p.title FROM posts p JOIN post_tags t ON t.post_id = p.id WHERE t.name = :tag ORDER BY p.id DESC LIMIT 20',
    { type: QueryTypes.SELECT, replacements: { tag } },
  );
}

module.exports = { relatedPosts };
