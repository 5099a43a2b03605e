const db = require('../db');

async function lookupRole(email) {
  const row = await db.oneOrNone('SELECT role FROM staff WHERE email = $1', [email]);
  return row ? row.role : 'viewer';
}

module.exports = { lookupRole };
