module.exports = {
  env: 'production',
  port: 4000,
  graphql: { graphiql: true, debug: true },
};
