module.exports = {
  env: 'production',
  port: 4000,
  graphql: { graphiql: false, debug: false },
};
