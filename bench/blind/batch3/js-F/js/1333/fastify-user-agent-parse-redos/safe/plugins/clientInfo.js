const fp = require('fastify-plugin');
const { parseClient } = require('../lib/ua');

module.exports = fp(async (fastify) => {
  fastify.decorateRequest('client', null);
  fastify.addHook('onRequest', async (request) => {
    request.client = parseClient(request.headers['user-agent'] || '');
  });
});
