const qs = require('qs');
const fastify = require('fastify')({ querystringParser: (str) => qs.parse(str) });
const { searchNotes } = require('./notes');

fastify.register(require('@fastify/mongodb'), { url: process.env.MONGO_URL });

fastify.get('/notes', async (request) => {
  return searchNotes(fastify.mongo.db, request.user.id, request.query.q);
});

module.exports = fastify;
