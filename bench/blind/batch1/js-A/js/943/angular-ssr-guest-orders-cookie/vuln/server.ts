import { CommonEngine } from '@angular/ssr';
import express from 'express';
import cookieParser from 'cookie-parser';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import bootstrap from './src/main.server';
import { guestOrders } from './src/server/guest-orders';

const serverDist = dirname(fileURLToPath(import.meta.url));
const browserDist = resolve(serverDist, '../browser');

export function app(): express.Express {
  const server = express();
  const engine = new CommonEngine();
  server.use(cookieParser());

  server.get('/api/guest/orders', async (req, res) => {
    // 'guest' cookie is set after a guest checkout: {"email": "...", "token": "..."}
    const guest = req.cookies['guest'] ? JSON.parse(req.cookies['guest']) : null;
    if (!guest) return res.status(401).json({ error: 'no guest session' });
    res.json(await guestOrders(guest));
  });

  server.get('*', (req, res, next) => {
    engine
      .render({ bootstrap, documentFilePath: join(serverDist, 'index.server.html'), url: req.originalUrl, publicPath: browserDist })
      .then((html) => res.send(html))
      .catch(next);
  });
  return server;
}
