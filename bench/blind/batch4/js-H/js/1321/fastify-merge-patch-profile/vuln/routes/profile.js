const { mergePatch } = require('../lib/merge-patch');
module.exports = async function (fastify) {
  fastify.addContentTypeParser('application/merge-patch+json', { parseAs: 'string' }, (req, body, done) => {
    try { done(null, JSON.parse(body)); } catch (e) { done(e); }
  });
  fastify.patch('/profile', async (request) => {
    const current = await fastify.profiles.get(request.user.id);
    const next = mergePatch(current, request.body);
    await fastify.profiles.put(request.user.id, next);
    return next;
  });
};
