async function routes(fastify) {
  fastify.get('/status', async () => ({ ok: true, time: Date.now() }));
}

module.exports = routes;
