import { GraphQLError } from 'graphql';
import { prisma } from './prisma';

export const typeDefs = `#graphql
  type Invoice { id: ID!, number: String!, totalCents: Int!, status: String! }
  type Query { invoice(id: ID!): Invoice, invoices(status: String): [Invoice!]! }
`;

type Ctx = { user: { id: string; orgId: string } | null };

export const resolvers = {
  Query: {
    invoice: async (_: unknown, { id }: { id: string }, { user }: Ctx) => {
      if (!user) throw new GraphQLError('unauthenticated', { extensions: { code: 'UNAUTHENTICATED' } });
      return prisma.invoice.findFirstOrThrow({ where: { id, orgId: user.orgId } });
    },
    invoices: async (_: unknown, { status }: { status?: string }, { user }: Ctx) => {
      if (!user) throw new GraphQLError('unauthenticated', { extensions: { code: 'UNAUTHENTICATED' } });
      return prisma.invoice.findMany({ where: { orgId: user.orgId, ...(status ? { status } : {}) } });
    },
  },
};
