import { ApolloServer } from '@apollo/server';
import { startServerAndCreateNextHandler } from '@as-integrations/next';
import { typeDefs, resolvers } from '../../graphql/schema';

const isDev = process.env.NODE_ENV !== 'production';

const server = new ApolloServer({ 
  typeDefs,
  resolvers,
  includeStacktraceInErrorResponses: isDev,
  introspection: isDev,
});

export default startServerAndCreateNextHandler(server, {
  context: async (req) => ({ userId: req.headers['x-user-id'] ?? null }),
});
