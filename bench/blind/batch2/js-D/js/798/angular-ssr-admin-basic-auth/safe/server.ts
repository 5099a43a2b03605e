import 'zone.js/node';
import express from 'express';
import { join } from 'node:path';
import { CommonEngine } from '@angular/ssr';
import bootstrap from './src/main.server';
import { opsAuth } from './server/opsAuth';

const server = express();
const browserDist = join(process.cwd(), 'dist/shop/browser');
const engine = new CommonEngine();

server.get('/ops/status', opsAuth, (_req, res) => {
  res.json({ uptime: process.uptime(), memory: process.memoryUsage().rss });
});

server.get('*.*', express.static(browserDist, { maxAge: '1y' }));
server.get('*', (req, res, next) => {
  engine
    .render({ bootstrap, documentFilePath: join(browserDist, 'index.html'), url: req.originalUrl, publicPath: browserDist })
    .then((html) => res.send(html))
    .catch(next);
});

server.listen(Number(process.env['PORT'] ?? 4000));
