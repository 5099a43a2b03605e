const inspector = require('inspector');
const { buildServer } = require('./app');
const config = require('./config');

inspector.open(9229, '0.0.0.0', false); // cg-expect: CWE-489

const app = buildServer();
app.listen({ port: config.port, host: '0.0.0.0' }).catch((err) => {
  app.log.error(err);
  process.exit(1);
});
