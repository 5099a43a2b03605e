import Fastify from 'fastify';
import { notFoundHtml } from './pages';

const app = Fastify();

app.setNotFoundHandler((request, reply) => {
  const back = request.headers.referer ?? '/';
  reply.code(404).type('text/html; charset=utf-8');
  return reply.send(notFoundHtml(request.url, back));
});

app.listen({ port: 3002 });
