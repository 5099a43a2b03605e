const knex = require('./knex');

async function recordLogin(userId) {
  const user = await knex('users').where({ id: userId }).first('id', 'display_name');
  await knex.raw('INSERT INTO audit_log (actor, action) VALUES (?, ?)', [user.display_name, 'login']);
}

module.exports = { recordLogin };
