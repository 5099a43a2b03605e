const fastify = require('fastify')();
const { saveUpload } = require('./storage');

fastify.register(require('@fastify/multipart'), { limits: { fileSize: 10 * 1024 * 1024 } });

fastify.post('/docs', async (request, reply) => {
  const part = await request.file();
  if (!part) return reply.code(400).send({ error: 'no file' });
  const stored = await saveUpload(request.user.id, part.filename, part.file);
  return { stored };
});

fastify.listen({ port: 3000 });
