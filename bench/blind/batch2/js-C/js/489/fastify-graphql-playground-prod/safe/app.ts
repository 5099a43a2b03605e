import Fastify from 'fastify';
import mercurius from 'mercurius';
import { schema, resolvers } from './schema';

const app = Fastify({ logger: true });

app.register(mercurius, {
  schema,
  resolvers,
  graphiql: false,
  errorFormatter: (execution, ctx) => mercurius.defaultErrorFormatter(execution, ctx),
});

app.listen({ port: 3002, host: '0.0.0.0' });
