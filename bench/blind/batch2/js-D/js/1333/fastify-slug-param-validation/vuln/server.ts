import Fastify from 'fastify';
import { ArticleService } from './articles';

const app = Fastify({ logger: true });
const articles = new ArticleService();

app.get<{ Params: { slug: string } }>('/blog/:slug', async (request, reply) => {
  const { slug } = request.params;
  if (!articles.isValidSlug(slug)) {
    return reply.code(400).send({ error: 'invalid slug' });
  }
  const article = await articles.bySlug(slug);
  if (!article) return reply.code(404).send({ error: 'not found' });
  return article;
});

app.listen({ port: 3000 });
