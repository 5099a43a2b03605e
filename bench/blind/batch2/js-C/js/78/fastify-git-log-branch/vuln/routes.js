const fastify = require('fastify')({ logger: true });
const { RepoInspector } = require('./repo');

const repo = new RepoInspector('/srv/git/website');

fastify.get('/repos/website/branches/:branch/log', async (request, reply) => {
  const entries = await repo.recentCommits(request.params.branch);
  return { branch: request.params.branch, entries };
});

fastify.listen({ port: 8080 });
