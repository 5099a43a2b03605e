import 'zone.js/node';
import express from 'express';
import { join } from 'node:path';
import { CommonEngine } from '@angular/ssr';
import bootstrap from './src/main.server';
import { clientIp } from './server/clientIp';

const server = express();
const browserDist = join(process.cwd(), 'dist/store/browser');
const engine = new CommonEngine();

server.use((req, _res, next) => {
  const ip = clientIp(req.get('x-forwarded-for'), req.socket.remoteAddress ?? '');
  console.log(`${new Date().toISOString()} ${ip} ${req.method} ${req.originalUrl}`);
  next();
});

server.get('*.*', express.static(browserDist, { maxAge: '1y' }));
server.get('*', (req, res, next) => {
  engine
    .render({ bootstrap, documentFilePath: join(browserDist, 'index.html'), url: req.originalUrl, publicPath: browserDist })
    .then((html) => res.send(html))
    .catch(next);
});

server.listen(4000);
