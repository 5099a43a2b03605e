import { reserve } from './inventory.js';

export default async function checkoutRoutes(fastify) {
  fastify.post('/checkout/:orderId/reserve', {
    schema: {
      params: { type: 'object', properties: { orderId: { type: 'string', format: 'uuid' } } },
      body: {
        type: 'array',
        items: { type: 'object', required: ['sku', 'qty'], properties: { sku: { type: 'string' }, qty: { type: 'integer', minimum: 1 } } },
      },
    },
  }, async (request, reply) => {
    const results = [];
    for (const line of request.body) {
      results.push(await reserve(line.sku, line.qty, request.params.orderId));
    }
    reply.code(201);
    return { reservations: results };
  });
}
