const fastify = require('fastify')({ logger: true });
const { saveAttachment } = require('./storage');

fastify.register(require('@fastify/multipart'), { limits: { fileSize: 10 * 1024 * 1024 } });

fastify.post('/tickets/:id/attachments', async (request, reply) => {
  const part = await request.file();
  if (!part) return reply.code(400).send({ error: 'no file' });
  const stored = await saveAttachment(request.params.id, part);
  return reply.code(201).send(stored);
});

fastify.listen({ port: 3000 });
