// Started in production by `npm start` -> `node server.js` (see Dockerfile CMD).
const { createServer } = require('http');
const { parse } = require('url');
const next = require('next');

const port = parseInt(process.env.PORT || '3000', 10);
const app = next({ dev: true, hostname: '0.0.0.0', port }); // cg-expect: CWE-489
const handle = app.getRequestHandler();

app.prepare().then(() => {
  createServer((req, res) => {
    const parsedUrl = parse(req.url, true);
    if (parsedUrl.pathname === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      return res.end('ok');
    }
    handle(req, res, parsedUrl);
  }).listen(port, () => {
    console.log(`> Ready on http://0.0.0.0:${port}`);
  });
});
