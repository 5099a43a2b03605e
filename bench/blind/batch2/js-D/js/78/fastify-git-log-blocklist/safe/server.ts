import Fastify from 'fastify';
import { lastCommits } from './repo';

const app = Fastify({ logger: true });

app.get<{ Params: { branch: string } }>('/repos/main/branches/:branch/commits', async (request, reply) => {
  const { branch } = request.params;
  try {
    const commits = await lastCommits(branch, 10);
    return { branch, commits };
  } catch (err) {
    request.log.warn({ err }, 'git log failed');
    return reply.code(400).send({ error: 'unknown branch' });
  }
});

app.get('/healthz', async () => ({ status: 'ok' }));

app.listen({ port: 8080, host: '0.0.0.0' });
