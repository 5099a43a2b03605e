import { prisma } from '../lib/prisma';

export const typeDefs = `#graphql
  type Order { id: ID!, total: Float!, status: String! }
  type Query { orders: [Order!]! }
`;

export const resolvers = {
  Query: {
    orders: async (_: unknown, __: unknown, ctx: { userId: string | null }) => {
      if (!ctx.userId) throw new Error('unauthenticated');
      return prisma.order.findMany({ where: { userId: ctx.userId }, take: 50 });
    },
  },
};
