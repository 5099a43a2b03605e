const { QueryTypes } = require('sequelize');
const { sequelize, SavedSearch } = require('./models');

async function runSavedSearch(id, userId) {
  const saved = await SavedSearch.findOne({ where: { id, userId } });
  if (!saved) return null;
  // saved.tag was typed by the user when they created the search
  return sequelize.query( // cg-expect: CWE-89
    `SELECT id, title FROM notes WHERE owner_id = ${Number(userId)} AND tag = '${saved.tag}' ORDER BY updated_at DESC`,
    { type: QueryTypes.SELECT },
  );
}

module.exports = { runSavedSearch };
