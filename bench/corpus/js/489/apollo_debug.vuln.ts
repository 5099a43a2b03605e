import { ApolloServer } from "@apollo/server";
import { typeDefs, resolvers } from "./schema.js";

export const server = new ApolloServer({
  typeDefs,
  resolvers,
  includeStacktraceInErrorResponses: true,  // cg-expect: CWE-489
});
