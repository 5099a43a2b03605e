import Fastify from 'fastify';
import multipart from '@fastify/multipart';
import { saveUpload } from './uploads';

const app = Fastify({ logger: true });
app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024 } });

app.post('/documents', async (request, reply) => {
  const data = await request.file();
  if (!data) {
    return reply.code(400).send({ error: 'no file' });
  }
  const stored = await saveUpload(data.filename, data.file);
  return reply.code(201).send({ stored });
});

app.listen({ port: 3000 });
