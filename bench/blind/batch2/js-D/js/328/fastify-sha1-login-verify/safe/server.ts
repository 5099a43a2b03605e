import Fastify from 'fastify';
import { PasswordService } from './passwords';
import { findUserByEmail } from './users';

const app = Fastify({ logger: true });
const passwords = new PasswordService();

app.post<{ Body: { email: string; password: string } }>('/login', async (request, reply) => {
  const { email, password } = request.body;
  const user = await findUserByEmail(email);
  if (!user || !(await passwords.verify(password, user.passwordHash))) {
    return reply.code(401).send({ error: 'invalid credentials' });
  }
  return { userId: user.id };
});

app.listen({ port: 3000 });
