const { storesInRegion } = require('../lib/storeIndex');

module.exports = async function (fastify) {
  fastify.post('/stores/search', async (request) => {
    return storesInRegion(String(request.body.region || ''));
  });
};
