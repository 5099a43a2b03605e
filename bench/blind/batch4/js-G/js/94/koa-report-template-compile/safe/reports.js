const db = require('./db');

async function findById(id) {
  return db.oneOrNone('SELECT id, title_template AS "titleTemplate", month, owner_name AS "ownerName" FROM reports WHERE id = $1', [id]);
}

module.exports = { findById };
