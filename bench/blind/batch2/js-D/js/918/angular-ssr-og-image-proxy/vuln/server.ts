import 'zone.js/node';
import express from 'express';
import { join } from 'node:path';
import { CommonEngine } from '@angular/ssr';
import bootstrap from './src/main.server';
import { ogImageHandler } from './server/ogImage';

const server = express();
const browserDist = join(process.cwd(), 'dist/blog/browser');
const engine = new CommonEngine();

server.get('/api/og-image', ogImageHandler);
server.get('*.*', express.static(browserDist, { maxAge: '1y' }));
server.get('*', (req, res, next) => {
  engine
    .render({ bootstrap, documentFilePath: join(browserDist, 'index.html'), url: req.originalUrl, publicPath: browserDist })
    .then((html) => res.send(html))
    .catch(next);
});

server.listen(4000);
