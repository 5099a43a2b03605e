const fastify = require('fastify')();
const { findUserByName } = require('./users');
const bcrypt = require('bcrypt');

fastify.register(require('@fastify/formbody'));
fastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET });

fastify.post('/login', async (request, reply) => {
  const { username, password } = request.body;
  const user = findUserByName(username);
  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    return reply.code(401).send({ error: 'invalid credentials' });
  }
  const token = fastify.jwt.sign({ sub: user.id, role: user.role });
  return { token };
});

fastify.listen({ port: 3000 });
