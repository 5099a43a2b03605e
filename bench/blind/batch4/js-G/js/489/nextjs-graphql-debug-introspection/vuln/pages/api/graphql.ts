import { ApolloServer } from '@apollo/server';
import { startServerAndCreateNextHandler } from '@as-integrations/next';
import { typeDefs, resolvers } from '../../graphql/schema';

const isDev = process.env.NODE_ENV !== 'production';

const server = new ApolloServer({ // cg-expect: CWE-489
  typeDefs,
  resolvers,
  includeStacktraceInErrorResponses: true,
  introspection: true,
});

export default startServerAndCreateNextHandler(server, {
  context: async (req) => ({ userId: req.headers['x-user-id'] ?? null }),
});
