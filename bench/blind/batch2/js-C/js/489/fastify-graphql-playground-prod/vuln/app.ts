import Fastify from 'fastify';
import mercurius from 'mercurius';
import { schema, resolvers } from './schema';

const app = Fastify({ logger: true });

app.register(mercurius, {
  schema,
  resolvers,
  graphiql: true, // cg-expect: CWE-489
  errorFormatter: (execution) => ({ statusCode: 500, response: { data: execution.data, errors: execution.errors?.map((e) => ({ message: e.message, stack: e.originalError?.stack })) } }),
});

app.listen({ port: 3002, host: '0.0.0.0' });
