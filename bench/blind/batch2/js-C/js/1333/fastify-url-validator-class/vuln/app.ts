import Fastify from 'fastify';
import { BookmarkValidator } from './validator';

const app = Fastify();
const validator = new BookmarkValidator();
const bookmarks: { title: string; url: string }[] = [];

app.post<{ Body: { title: string; url: string } }>('/bookmarks', async (req, reply) => {
  const url = String(req.body.url ?? '');
  if (!validator.isUrl(url)) return reply.code(400).send({ error: 'invalid url' });
  bookmarks.push({ title: String(req.body.title ?? '').slice(0, 120), url });
  return reply.code(201).send({ count: bookmarks.length });
});

app.listen({ port: 3002 });
