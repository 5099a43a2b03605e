const { verifyLogin } = require('../services/auth');

module.exports = async function (fastify) {
  fastify.post('/login', async (request, reply) => {
    const session = await verifyLogin(request.body.email, request.body.password);
    if (!session) return reply.code(401).send({ error: 'invalid' });
    reply.setCookie('auth', session.token, { path: '/', secure: false, sameSite: 'lax', maxAge: 3600 }); // cg-expect: CWE-614
    reply.setCookie('locale', request.body.locale || 'en', { path: '/' });
    return { ok: true };
  });
};
