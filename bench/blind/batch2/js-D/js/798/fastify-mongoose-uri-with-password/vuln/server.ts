import Fastify from 'fastify';
import { connectDb, Contact } from './db';

const app = Fastify({ logger: true });

app.get<{ Querystring: { email?: string } }>('/contacts', async (request) => {
  const email = typeof request.query.email === 'string' ? request.query.email : undefined;
  const filter = email ? { email } : {};
  return Contact.find(filter).limit(50).lean();
});

app.post<{ Body: { name: string; email: string; company?: string } }>('/contacts', async (request, reply) => {
  const { name, email, company } = request.body;
  const doc = await Contact.create({ name: String(name), email: String(email), company: company ? String(company) : undefined });
  return reply.code(201).send({ id: doc.id });
});

connectDb().then(() => app.listen({ port: 3000 }));
