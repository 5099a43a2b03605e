const fastify = require('fastify')();
const { validSlug } = require('./validators');
const pages = require('./pages');

fastify.get('/p/:slug', async (request, reply) => {
  const { slug } = request.params;
  if (!validSlug(slug)) return reply.code(400).send({ error: 'bad slug' });
  const page = await pages.bySlug(slug);
  return page || reply.code(404).send();
});

fastify.get('/p', async () => {
  const list = await pages.recent(20);
  return list.map((p) => ({ slug: p.slug, title: p.title }));
});

fastify.setNotFoundHandler((request, reply) => {
  reply.code(404).send({ error: 'no such page' });
});

fastify.listen({ port: 3000 });
