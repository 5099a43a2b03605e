const fastify = require('fastify')();
const { phonebookSearch } = require('./phonebook');

fastify.get('/phonebook', async (request) => {
  return phonebookSearch(String(request.query.name || ''));
});

fastify.listen({ port: 3002 });
