import Fastify from 'fastify';
import { extractUrls } from './sitemap';

const app = Fastify({ bodyLimit: 1024 * 1024 });
app.addContentTypeParser('application/xml', { parseAs: 'string' }, (_req, body, done) => done(null, body));

app.post('/seo/sitemap', async (request, reply) => {
  const urls = extractUrls(request.body as string);
  return reply.code(202).send({ queued: urls.length, sample: urls.slice(0, 5) });
});

app.listen({ port: 3000 });
