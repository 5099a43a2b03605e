import 'zone.js/node';
import express from 'express';
import { join } from 'node:path';
import { CommonEngine } from '@angular/ssr';
import bootstrap from './src/main.server';
import { handleOAuthCallback } from './server/oauth';

export function app(): express.Express {
  const server = express();
  const browserDistFolder = join(process.cwd(), 'dist/app/browser');
  const engine = new CommonEngine();

  server.get('/auth/callback', handleOAuthCallback);

  server.get('*.*', express.static(browserDistFolder, { maxAge: '1y' }));
  server.get('*', (req, res, next) => {
    engine
      .render({
        bootstrap,
        documentFilePath: join(browserDistFolder, 'index.html'),
        url: `${req.protocol}://${req.headers.host}${req.originalUrl}`,
        publicPath: browserDistFolder,
      })
      .then((html) => res.send(html))
      .catch(next);
  });
  return server;
}

app().listen(4000);
