const path = require('path');
const fastify = require('fastify')({ logger: true });

fastify.register(require('@fastify/view'), {
  engine: { ejs: require('ejs') },
  root: path.join(__dirname, 'views'),
});
fastify.register(require('@fastify/formbody'));

fastify.get('/login', async (request, reply) => {
  const next = typeof request.query.next === 'string' ? request.query.next : '/';
  const notice = request.query.expired ? 'Your session expired, please sign in again.' : '';
  return reply.view('login.ejs', { next, notice });
});

fastify.post('/login', async (request, reply) => {
  // credential check omitted in this slice
  return reply.redirect('/');
});

fastify.listen({ port: 3000 });
