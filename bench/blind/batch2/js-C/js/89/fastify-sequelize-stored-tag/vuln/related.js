const { QueryTypes } = require('sequelize');

async function relatedPosts(sequelize, tag) {
  return sequelize.query( // cg-expect: CWE-89
    `SELECT p.id, p.title FROM posts p JOIN post_tags t ON t.post_id = p.id WHERE t.name = '${tag}' ORDER BY p.id DESC LIMIT 20`,
    { type: QueryTypes.SELECT },
  );
}

module.exports = { relatedPosts };
