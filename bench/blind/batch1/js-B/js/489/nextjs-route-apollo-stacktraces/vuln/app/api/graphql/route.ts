import { ApolloServer } from '@apollo/server';
import { startServerAndCreateNextHandler } from '@as-integrations/next';
import type { NextRequest } from 'next/server';
import { typeDefs, resolvers } from '@/lib/schema';
import { sessionFromRequest } from '@/lib/session';

const server = new ApolloServer({ typeDefs, resolvers, includeStacktraceInErrorResponses: true, introspection: true }); // cg-expect: CWE-489

const handler = startServerAndCreateNextHandler<NextRequest>(server, {
  context: async (req) => ({ user: await sessionFromRequest(req) }),
});

export { handler as GET, handler as POST };
