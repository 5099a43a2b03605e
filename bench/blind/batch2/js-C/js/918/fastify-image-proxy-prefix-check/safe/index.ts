import Fastify from 'fastify';
import { proxyImage } from './proxy';

const app = Fastify();

app.get<{ Querystring: { src: string } }>('/img', async (req, reply) => {
  const { contentType, body } = await proxyImage(req.query.src);
  reply.header('content-type', contentType);
  return reply.send(body);
});

app.listen({ port: 3002 });
