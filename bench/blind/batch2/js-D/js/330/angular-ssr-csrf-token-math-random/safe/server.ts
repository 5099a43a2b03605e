import 'zone.js/node';
import express from 'express';
import cookieParser from 'cookie-parser';
import { join } from 'node:path';
import { CommonEngine } from '@angular/ssr';
import bootstrap from './src/main.server';
import { issueCsrf, checkCsrf } from './server/csrf';

const server = express();
const browserDist = join(process.cwd(), 'dist/portal/browser');
const engine = new CommonEngine();

server.use(cookieParser());
server.use(express.json());

server.post('/api/profile', checkCsrf, (req, res) => {
  res.json({ saved: true, name: String(req.body?.name ?? '') });
});

server.get('*.*', express.static(browserDist));
server.get('*', issueCsrf, (req, res, next) => {
  engine
    .render({
      bootstrap,
      documentFilePath: join(browserDist, 'index.html'),
      url: req.originalUrl,
      publicPath: browserDist,
      providers: [{ provide: 'CSRF_TOKEN', useValue: res.locals['csrf'] }],
    })
    .then((html) => res.send(html))
    .catch(next);
});

server.listen(4000);
