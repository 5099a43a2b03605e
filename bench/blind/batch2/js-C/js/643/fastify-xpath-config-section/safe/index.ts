import Fastify from 'fastify';
import { readSection } from './settings';

const app = Fastify();

app.get<{ Params: { section: string } }>('/public-settings/:section', async (req, reply) => {
  const values = readSection(req.params.section);
  if (!values) return reply.code(404).send();
  return values;
});

app.listen({ port: 3002 });
