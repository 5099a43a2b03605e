const { isSameSite } = require('../lib/urls');

async function logoutRoutes(fastify) {
  fastify.post('/logout', async (request, reply) => {
    await request.session.destroy();
    const back = isSameSite(request.headers.referer) ? new URL(request.headers.referer, 'https://portal.acme.io').pathname : '/';
    return reply.redirect(back);
  });
}
module.exports = logoutRoutes;
