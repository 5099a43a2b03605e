import { CommonEngine } from '@angular/ssr';
import express from 'express';
import cookieParser from 'cookie-parser';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import bootstrap from './src/main.server';
import { StoreDirectory } from './src/server/store-directory';

const serverDist = dirname(fileURLToPath(import.meta.url));
const browserDist = resolve(serverDist, '../browser');
const stores = new StoreDirectory(join(serverDist, 'data', 'stores.xml'));

export function app(): express.Express {
  const server = express();
  const engine = new CommonEngine();
  server.use(cookieParser());

  server.get('/api/my-store', (req, res) => {
    const storeCode = req.cookies['preferredStore'] ?? 'HQ';
    res.json(stores.openingHours(storeCode));
  });

  server.get('*', (req, res, next) => {
    engine
      .render({ bootstrap, documentFilePath: join(serverDist, 'index.server.html'), url: req.originalUrl, publicPath: browserDist })
      .then((html) => res.send(html))
      .catch(next);
  });
  return server;
}
