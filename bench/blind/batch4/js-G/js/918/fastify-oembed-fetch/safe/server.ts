import Fastify from 'fastify';
import { getEmbed } from './oembed';

const app = Fastify({ logger: true });

app.get<{ Querystring: { url?: string } }>('/embed', async (request, reply) => {
  if (!request.query.url) return reply.code(400).send({ error: 'url required' });
  try {
    return await getEmbed(request.query.url);
  } catch {
    return reply.code(422).send({ error: 'cannot embed' });
  }
});

app.listen({ port: 3000 });
