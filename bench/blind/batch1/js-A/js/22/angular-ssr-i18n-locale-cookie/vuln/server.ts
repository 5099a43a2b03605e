import { CommonEngine } from '@angular/ssr';
import express from 'express';
import cookieParser from 'cookie-parser';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import bootstrap from './src/main.server';
import { loadTranslations } from './src/server/i18n';

const serverDist = dirname(fileURLToPath(import.meta.url));
const browserDist = resolve(serverDist, '../browser');

export function app(): express.Express {
  const server = express();
  const engine = new CommonEngine();
  server.use(cookieParser());

  server.get('/i18n/messages.json', async (req, res) => {
    const locale = req.cookies['locale'] || req.acceptsLanguages()[0] || 'en';
    res.json(await loadTranslations(locale));
  });

  server.get('*', (req, res, next) => {
    engine
      .render({ bootstrap, documentFilePath: join(serverDist, 'index.server.html'), url: req.originalUrl, publicPath: browserDist })
      .then((html) => res.send(html))
      .catch(next);
  });
  return server;
}
