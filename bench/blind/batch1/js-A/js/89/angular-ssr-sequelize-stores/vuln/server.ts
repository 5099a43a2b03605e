import { CommonEngine } from '@angular/ssr';
import express from 'express';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import bootstrap from './src/main.server';
import { storesNear } from './src/server/stores';

const serverDist = dirname(fileURLToPath(import.meta.url));
const browserDist = resolve(serverDist, '../browser');

export function app(): express.Express {
  const server = express();
  const engine = new CommonEngine();

  server.get('/api/stores', async (req, res, next) => {
    try {
      const city = String(req.query['city'] ?? '');
      const openOn = String(req.query['day'] ?? 'mon');
      res.json(await storesNear(city, openOn));
    } catch (e) {
      next(e);
    }
  });

  server.get('*.*', express.static(browserDist, { maxAge: '1y' }));
  server.get('*', (req, res, next) => {
    engine
      .render({ bootstrap, documentFilePath: join(serverDist, 'index.server.html'), url: req.originalUrl, publicPath: browserDist })
      .then((html) => res.send(html))
      .catch(next);
  });
  return server;
}
