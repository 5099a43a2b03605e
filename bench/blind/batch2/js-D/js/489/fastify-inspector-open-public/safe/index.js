const inspector = require('inspector');
const { buildServer } = require('./app');
const config = require('./config');

if (config.enableInspector && config.env === 'development') {
  inspector.open(9229, '127.0.0.1', false);
}

const app = buildServer();
app.listen({ port: config.port, host: '0.0.0.0' }).catch((err) => {
  app.log.error(err);
  process.exit(1);
});
