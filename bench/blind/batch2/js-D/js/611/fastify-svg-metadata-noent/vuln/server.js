const Fastify = require('fastify');
const multipart = require('@fastify/multipart');
const { SvgInspector } = require('./svg');

const app = Fastify({ logger: true });
app.register(multipart);
const inspector = new SvgInspector();

app.post('/icons/inspect', async (request, reply) => {
  const part = await request.file();
  if (!part || part.mimetype !== 'image/svg+xml') {
    return reply.code(415).send({ error: 'svg required' });
  }
  const buf = await part.toBuffer();
  return inspector.inspect(buf);
});

app.listen({ port: 3000 });
