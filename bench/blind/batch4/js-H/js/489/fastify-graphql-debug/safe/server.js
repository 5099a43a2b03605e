const Fastify = require('fastify');
const mercurius = require('mercurius');
const config = require('./config');
const { schema, resolvers } = require('./graphql');

const app = Fastify({ logger: true });
app.register(mercurius, { schema, resolvers, graphiql: config.graphql.graphiql, errorFormatter: config.graphql.debug ? undefined : (r) => ({ statusCode: 500, response: { data: null, errors: [{ message: 'internal error' }] } }) });
app.listen({ port: config.port });
