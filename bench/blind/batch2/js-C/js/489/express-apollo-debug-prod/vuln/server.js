const express = require('express');
const { ApolloServer } = require('@apollo/server');
const { expressMiddleware } = require('@apollo/server/express4');
const { typeDefs, resolvers } = require('./schema');

async function main() {
  const apollo = new ApolloServer({
    typeDefs,
    resolvers,
    introspection: true,
    includeStacktraceInErrorResponses: true, // cg-expect: CWE-489
  });
  await apollo.start();

  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  app.listen(4000);
}

main();
