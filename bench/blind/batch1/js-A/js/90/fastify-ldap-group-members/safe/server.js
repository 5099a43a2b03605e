const fastify = require('fastify')();
const { groupMembers } = require('./groups');

fastify.get('/groups/:group/members', async (request, reply) => {
  const members = await groupMembers(request.params.group);
  if (!members) return reply.code(404).send({ error: 'group not found' });
  return { group: request.params.group, members };
});

fastify.listen({ port: 3000 });
