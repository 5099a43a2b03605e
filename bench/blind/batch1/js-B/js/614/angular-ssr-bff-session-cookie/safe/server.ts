import { APP_BASE_HREF } from '@angular/common';
import { CommonEngine } from '@angular/ssr';
import express from 'express';
import cookieParser from 'cookie-parser';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import bootstrap from './src/main.server';
import { bffAuth } from './src/server/bff-auth';

const server = express();
const distFolder = dirname(fileURLToPath(import.meta.url));
const browserDist = resolve(distFolder, '../browser');
const engine = new CommonEngine();

server.set('trust proxy', 1);
server.use(cookieParser());
server.use(bffAuth);
server.get('*.*', express.static(browserDist, { maxAge: '1y' }));
server.get('*', (req, res, next) => {
  engine
    .render({
      bootstrap,
      documentFilePath: join(distFolder, 'index.server.html'),
      url: `${req.protocol}://${req.headers.host}${req.originalUrl}`,
      publicPath: browserDist,
      providers: [{ provide: APP_BASE_HREF, useValue: req.baseUrl }],
    })
    .then((html) => res.send(html))
    .catch(next);
});

server.listen(Number(process.env['PORT'] ?? 4000));
