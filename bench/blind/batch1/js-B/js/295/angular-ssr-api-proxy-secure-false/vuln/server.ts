import { APP_BASE_HREF } from '@angular/common';
import { CommonEngine } from '@angular/ssr';
import express from 'express';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import bootstrap from './src/main.server';
import { apiProxy } from './src/server/api-proxy';

export function app(): express.Express {
  const server = express();
  const serverDist = dirname(fileURLToPath(import.meta.url));
  const browserDist = resolve(serverDist, '../browser');
  const engine = new CommonEngine();

  // browser calls /api/* on our own origin; forward them (with the user's bearer token) to the API tier
  server.use('/api', apiProxy);
  server.get('*.*', express.static(browserDist, { maxAge: '1y' }));
  server.get('*', (req, res, next) => {
    engine
      .render({
        bootstrap,
        documentFilePath: join(serverDist, 'index.server.html'),
        url: `${req.protocol}://${req.headers.host}${req.originalUrl}`,
        publicPath: browserDist,
        providers: [{ provide: APP_BASE_HREF, useValue: req.baseUrl }],
      })
      .then((html) => res.send(html))
      .catch(next);
  });
  return server;
}

app().listen(Number(process.env['PORT'] ?? 4000));
