const fastify = require('fastify')();
const { UploadStore } = require('./uploadStore');

fastify.register(require('@fastify/multipart'));
const store = new UploadStore('/srv/app/uploads');

fastify.post('/attachments', async (request) => {
  const data = await request.file();
  const saved = await store.save(data.filename, data.file);
  return { saved };
});

fastify.listen({ port: 3002 });
