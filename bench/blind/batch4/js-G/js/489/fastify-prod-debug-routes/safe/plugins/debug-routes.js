const v8 = require('v8');

module.exports = async function debugRoutes(app) {
  app.get('/env', async () => process.env);
  app.get('/heap', async (req, reply) => {
    reply.type('application/octet-stream');
    return v8.getHeapSnapshot();
  });
  app.get('/routes', async () => app.printRoutes());
};
