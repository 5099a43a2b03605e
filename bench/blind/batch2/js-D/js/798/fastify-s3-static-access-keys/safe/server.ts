import Fastify from 'fastify';
import multipart from '@fastify/multipart';
import { putUserFile } from './storage';

const app = Fastify({ logger: true });
app.register(multipart);

app.post('/files', async (request, reply) => {
  const part = await request.file();
  if (!part) return reply.code(400).send({ error: 'file required' });
  const key = await putUserFile(String(request.headers['x-user-id'] ?? 'anon'), part.filename, await part.toBuffer(), part.mimetype);
  return reply.code(201).send({ key });
});

app.listen({ port: 3000 });
