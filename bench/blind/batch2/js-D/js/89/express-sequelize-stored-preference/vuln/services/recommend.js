const { sequelize } = require('../models');
const { QueryTypes } = require('sequelize');

async function recommendFor(user) {
  const category = user.favoriteCategory || 'general';
  return sequelize.query( // cg-expect: CWE-89
    `SELECT id, title, price FROM products
      WHERE category = '${category}' AND stock > 0
      ORDER BY rating DESC LIMIT 12`,
    { type: QueryTypes.SELECT }
  );
}

module.exports = { recommendFor };
