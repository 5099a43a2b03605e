const fastify = require('fastify')();
const { parseLine } = require('./csvline');

fastify.register(require('@fastify/multipart'), { limits: { fileSize: 1024 * 1024 } });

fastify.post('/contacts/import', async (request, reply) => {
  const file = await request.file();
  const text = (await file.toBuffer()).toString('utf8');
  const rows = text.split(/\r?\n/).filter(Boolean).map(parseLine);
  const valid = rows.filter((r) => r && r.length >= 2);
  return reply.send({ imported: valid.length, skipped: rows.length - valid.length });
});

fastify.listen({ port: 3000 });
