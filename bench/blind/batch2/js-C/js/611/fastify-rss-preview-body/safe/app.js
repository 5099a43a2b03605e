const fastify = require('fastify')();
const { FeedImporter } = require('./importer');

const importer = new FeedImporter();

fastify.post('/feeds/preview', async (request) => {
  const xml = typeof request.body === 'string' ? request.body : String(request.body.xml || '');
  return importer.items(xml);
});

fastify.addContentTypeParser('application/rss+xml', { parseAs: 'string' }, (req, body, done) => done(null, body));
fastify.listen({ port: 3002 });
