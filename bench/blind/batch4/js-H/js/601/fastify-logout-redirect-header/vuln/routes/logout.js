const { isSameSite } = require('../lib/urls');

async function logoutRoutes(fastify) {
  fastify.post('/logout', async (request, reply) => {
    await request.session.destroy();
    const back = request.headers.referer || '/';
    return reply.redirect(back); // cg-expect: CWE-601
  });
}
module.exports = logoutRoutes;
