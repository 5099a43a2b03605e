const http = require('http');
const app = require('./app');

const port = Number(process.env.PORT) || 3000;
const handler = typeof app.callback === 'function' ? app.callback() : app;
const server = http.createServer(handler);

server.keepAliveTimeout = 65000;
server.headersTimeout = 66000;

server.listen(port, () => {
  console.log(`listening on :${port}`);
});

function shutdown(signal) {
  console.log(`${signal} received, closing server`);
  server.close((err) => {
    if (err) {
      console.error(err);
      process.exit(1);
    }
    process.exit(0);
  });
  setTimeout(() => process.exit(1), 10000).unref();
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
