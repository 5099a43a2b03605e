import Fastify from 'fastify';
import multipart from '@fastify/multipart';
import { extractTheme } from './extract';

const app = Fastify();
app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024 } });

app.post('/themes/import', async (req, reply) => {
  const file = await req.file();
  if (!file) return reply.code(400).send({ error: 'no file' });
  const written = extractTheme(await file.toBuffer(), '/srv/app/themes/custom');
  return { files: written };
});

app.listen({ port: 3002 });
