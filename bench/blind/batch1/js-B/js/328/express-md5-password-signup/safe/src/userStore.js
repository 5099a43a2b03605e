const bcrypt = require('bcrypt');
const knex = require('./db');

const COST = 12;

async function digest(password) {
  return bcrypt.hash(password, COST);
}

async function findByEmail(email) {
  return knex('users').where({ email: email.toLowerCase() }).first();
}

async function create(email, password) {
  const [row] = await knex('users')
    .insert({ email: email.toLowerCase(), password_hash: await digest(password) })
    .returning(['id', 'email']);
  return row;
}

async function verify(email, password) {
  const user = await findByEmail(String(email || ''));
  if (!user) return null;
  return (await bcrypt.compare(String(password || ''), user.password_hash)) ? user : null;
}

module.exports = { findByEmail, create, verify };
