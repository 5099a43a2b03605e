const { sequelize } = require('../models');
const { QueryTypes } = require('sequelize');

async function recommendFor(user) {
  const category = user.favoriteCategory || 'general';
  return sequelize.query(
    `SELECT id, title, price FROM products
      WHERE category = :category AND stock > 0
      ORDER BY rating DESC LIMIT 12`,
    { replacements: { category }, type: QueryTypes.SELECT }
  );
}

module.exports = { recommendFor };
