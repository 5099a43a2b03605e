const fastify = require('fastify')();
const { loadThemeCss } = require('./themes');

fastify.register(require('@fastify/cookie'));

fastify.get('/theme.css', async (request, reply) => {
  const theme = request.cookies.theme || 'light';
  const css = await loadThemeCss(theme);
  reply.type('text/css').header('Cache-Control', 'private, max-age=300');
  return css;
});

fastify.listen({ port: 3000 });
