export const schema = `
  type Order { id: ID!, status: String! }
  type Query { order(id: ID!): Order }
`;

export const resolvers = {
  Query: {
    order: async (_: unknown, { id }: { id: string }) => ({ id, status: 'shipped' }),
  },
};
