import Fastify from 'fastify';
import { refreshFeed } from './lib/feeds.js';

const app = Fastify({ logger: true });

app.post('/feeds/:feedId/refresh', async (request, reply) => {
  const feedId = Number(request.params.feedId);
  if (!Number.isInteger(feedId)) {
    return reply.code(400).send({ error: 'bad feed id' });
  }
  const result = await refreshFeed(app.pg, feedId, request.user.id);
  if (!result) return reply.code(404).send({ error: 'feed not found' });
  return { imported: result.count, title: result.title };
});

app.listen({ port: 3000, host: '0.0.0.0' });
