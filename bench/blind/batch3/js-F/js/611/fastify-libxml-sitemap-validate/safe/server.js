const fastify = require('fastify')();
const { countUrls } = require('./sitemap');

fastify.addContentTypeParser('application/xml', { parseAs: 'string' }, (req, body, done) => done(null, body));

fastify.post('/sitemaps/validate', async (request) => {
  return { urls: countUrls(request.body) };
});

module.exports = fastify;
