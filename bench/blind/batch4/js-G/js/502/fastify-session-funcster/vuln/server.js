const fastify = require('fastify')();
const { restoreJob } = require('./jobs');
const queue = require('./queue');

fastify.post('/jobs/resume', async (request, reply) => {
  const job = restoreJob(request.body.snapshot);
  if (!job || typeof job.name !== 'string') {
    return reply.code(400).send({ error: 'bad snapshot' });
  }
  await queue.add(job.name, job.data);
  return { queued: job.name };
});

fastify.listen({ port: 3000 });
