import Fastify from 'fastify';
import { searchPeople } from './directory';

const app = Fastify({ logger: true });

app.get<{ Querystring: { name?: string } }>('/people', async (req, reply) => {
  const name = req.query.name ?? '';
  if (name.length < 2) {
    return reply.code(400).send({ error: 'name too short' });
  }
  const people = await searchPeople(name);
  return { people };
});

app.listen({ port: 8080 });
