const fastify = require('fastify')();
const { supplierStock } = require('./supplier');

fastify.get('/stock/:sku', async (request) => {
  return supplierStock(request.params.sku);
});

fastify.listen({ port: 3000 });
