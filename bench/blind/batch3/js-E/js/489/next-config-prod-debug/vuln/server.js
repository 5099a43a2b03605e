const { createServer } = require('http');
const next = require('next');
const settings = require('./settings');

const app = next({ dev: settings.debug, hostname: settings.host, port: settings.port }); // cg-expect: CWE-489
const handle = app.getRequestHandler();

process.on('unhandledRejection', (reason) => {
  console.error('unhandled rejection', reason);
});

app.prepare().then(() => {
  createServer((req, res) => handle(req, res)).listen(settings.port, () => {
    console.log(`> ready on http://${settings.host}:${settings.port} (${settings.env})`);
  });
});
