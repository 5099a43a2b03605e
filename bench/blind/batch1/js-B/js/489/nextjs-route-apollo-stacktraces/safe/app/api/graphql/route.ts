import { ApolloServer } from '@apollo/server';
import { startServerAndCreateNextHandler } from '@as-integrations/next';
import type { NextRequest } from 'next/server';
import { typeDefs, resolvers } from '@/lib/schema';
import { sessionFromRequest } from '@/lib/session';

const isProd = process.env.NODE_ENV === 'production';
const server = new ApolloServer({ typeDefs, resolvers, includeStacktraceInErrorResponses: !isProd, introspection: !isProd });

const handler = startServerAndCreateNextHandler<NextRequest>(server, {
  context: async (req) => ({ user: await sessionFromRequest(req) }),
});

export { handler as GET, handler as POST };
