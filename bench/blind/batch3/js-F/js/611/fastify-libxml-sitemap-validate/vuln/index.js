const server = require('./server');

const port = Number(process.env.PORT) || 3000;
const app = typeof server.build === 'function' ? server.build() : server;

async function start() {
  try {
    await app.ready();
    await app.listen({ port, host: '0.0.0.0' });
  } catch (err) {
    app.log.error(err);
    process.exit(1);
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  });
}

start();
