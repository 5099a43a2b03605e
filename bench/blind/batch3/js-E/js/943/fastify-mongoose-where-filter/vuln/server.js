const fastify = require('fastify')();
const { listMembers, countMembers } = require('./members');

fastify.get('/members', async (request) => {
  const { minAge = '0', club } = request.query;
  return listMembers(String(club || ''), String(minAge));
});

fastify.get('/members/count', async () => ({ count: await countMembers() }));

fastify.listen({ port: 3000 });
