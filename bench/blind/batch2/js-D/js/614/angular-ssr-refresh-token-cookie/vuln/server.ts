import 'zone.js/node';
import express from 'express';
import cookieParser from 'cookie-parser';
import { join } from 'node:path';
import { CommonEngine } from '@angular/ssr';
import bootstrap from './src/main.server';
import { tokenRoutes } from './server/tokens';

const server = express();
const browserDist = join(process.cwd(), 'dist/bank/browser');
const engine = new CommonEngine();

server.use(cookieParser());
server.use(express.json());
server.use('/api/auth', tokenRoutes());

server.get('*.*', express.static(browserDist));
server.get('*', (req, res, next) => {
  engine
    .render({ bootstrap, documentFilePath: join(browserDist, 'index.html'), url: req.originalUrl, publicPath: browserDist })
    .then((html) => res.send(html))
    .catch(next);
});

server.listen(4000);
