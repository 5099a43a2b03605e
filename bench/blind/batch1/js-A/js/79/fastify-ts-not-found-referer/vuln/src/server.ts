import Fastify from 'fastify';
import { notFoundPage } from './pages';

const app = Fastify({ logger: true });

app.get('/docs/:slug', async (req, reply) => {
  const { slug } = req.params as { slug: string };
  const page = await loadDoc(slug);
  if (!page) {
    const back = req.headers.referer ?? '/docs';
    return reply.code(404).type('text/html; charset=utf-8').send(notFoundPage(back)); // cg-expect: CWE-79
  }
  return reply.type('text/html; charset=utf-8').send(page);
});

async function loadDoc(slug: string): Promise<string | null> {
  return /^[a-z0-9-]+$/.test(slug) && slug === 'getting-started' ? '<h1>Getting started</h1>' : null;
}

app.listen({ port: 3000 });
