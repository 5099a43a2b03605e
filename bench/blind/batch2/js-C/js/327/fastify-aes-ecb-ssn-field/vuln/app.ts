import Fastify from 'fastify';
import { FieldCipher } from './fieldCipher';
import { insertEmployee } from './db';

const app = Fastify();
const cipher = new FieldCipher(Buffer.from(process.env.FIELD_KEY ?? '', 'base64'));

app.post<{ Body: { name: string; ssn: string } }>('/employees', async (req, reply) => {
  const id = await insertEmployee(req.body.name, cipher.encrypt(req.body.ssn));
  return reply.code(201).send({ id });
});

app.listen({ port: 3002 });
