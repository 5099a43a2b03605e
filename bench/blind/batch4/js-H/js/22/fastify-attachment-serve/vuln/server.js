const fastify = require('fastify')();
const { readAttachment } = require('./attachments');

fastify.get('/tickets/:id/attachment', async (request, reply) => {
  const { buf, name } = await readAttachment(Number(request.params.id));
  reply.header('Content-Disposition', `attachment; filename="${encodeURIComponent(name)}"`);
  return reply.type('application/octet-stream').send(buf);
});
fastify.listen({ port: 3000 });
