const { authenticate } = require('../lib/ldapAuth');

module.exports = async function (fastify) {
  fastify.post('/login', async (request, reply) => {
    const { username, password } = request.body;
    const profile = await authenticate(username, password);
    if (!profile) return reply.code(401).send({ error: 'invalid' });
    request.session.set('user', profile.uid);
    return profile;
  });
};
