const fp = require('fastify-plugin');
const crypto = require('crypto');
const argon2 = require('argon2');

module.exports = fp(async (fastify) => {
  fastify.decorate('hashPassword', async (password) => {
    const salt = crypto.randomBytes(16).toString('hex');
    const digest = crypto.createHash('sha256').update(salt + password).digest('hex'); // cg-expect: CWE-328
    return `${salt}:${digest}`;
  });
});
