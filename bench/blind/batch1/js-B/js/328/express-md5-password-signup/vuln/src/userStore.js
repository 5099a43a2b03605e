const crypto = require('crypto');
const knex = require('./db');

function digest(password) {
  return crypto.createHash('md5').update(password, 'utf8').digest('hex'); // cg-expect: CWE-328
}

async function findByEmail(email) {
  return knex('users').where({ email: email.toLowerCase() }).first();
}

async function create(email, password) {
  const [row] = await knex('users')
    .insert({ email: email.toLowerCase(), password_hash: digest(password) })
    .returning(['id', 'email']);
  return row;
}

async function verify(email, password) {
  const user = await findByEmail(String(email || ''));
  if (!user) return null;
  return user.password_hash === digest(String(password || '')) ? user : null;
}

module.exports = { findByEmail, create, verify };
