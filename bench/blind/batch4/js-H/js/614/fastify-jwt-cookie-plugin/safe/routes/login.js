module.exports = async function (fastify) {
  fastify.post('/login', async (request, reply) => {
    const user = await fastify.users.verify(request.body.email, request.body.password);
    if (!user) return reply.code(401).send();
    reply.issueSession(user);
    return { ok: true };
  });
};
