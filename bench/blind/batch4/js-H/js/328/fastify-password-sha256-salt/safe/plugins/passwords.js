const fp = require('fastify-plugin');
const crypto = require('crypto');
const argon2 = require('argon2');

module.exports = fp(async (fastify) => {
  fastify.decorate('hashPassword', async (password) => {
    return argon2.hash(password, { type: argon2.argon2id });
  });
});
