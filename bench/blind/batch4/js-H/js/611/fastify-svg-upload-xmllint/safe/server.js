const fastify = require('fastify')();
const { SvgValidator } = require('./svg-validator');
fastify.register(require('@fastify/multipart'));
const validator = new SvgValidator();

fastify.post('/icons', async (request, reply) => {
  const part = await request.file();
  const buf = await part.toBuffer();
  const meta = validator.validate(buf);
  return { ok: true, meta };
});
fastify.listen({ port: 3000 });
