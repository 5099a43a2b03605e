const typeDefs = `#graphql
  type Invoice { id: ID!, total: Int! }
  type Query { invoice(id: ID!): Invoice }
`;

const resolvers = {
  Query: {
    invoice: async (_, { id }) => {
      if (!/^\d+$/.test(id)) throw new Error(`invoice lookup failed for ${id}`);
      return { id, total: 4200 };
    },
  },
};

module.exports = { typeDefs, resolvers };
