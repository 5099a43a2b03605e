const http = require('http');
const app = require('./app');
const db = require('./db');

const port = Number(process.env.PORT || 8080);
const server = http.createServer(app);

server.listen(port, () => console.log(`catalog listening on ${port}`));

process.on('SIGTERM', () => {
  server.close(async () => {
    await db.end();
    process.exit(0);
  });
});
