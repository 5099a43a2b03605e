import { APP_BASE_HREF } from '@angular/common';
import { CommonEngine } from '@angular/ssr';
import express from 'express';
import multer from 'multer';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import bootstrap from './src/main.server';
import { makePoster } from './src/server/poster';

const serverDist = dirname(fileURLToPath(import.meta.url));
const browserDist = resolve(serverDist, '../browser');
const indexHtml = join(serverDist, 'index.server.html');
const upload = multer({ dest: '/var/uploads/videos' });

export function app(): express.Express {
  const server = express();
  const engine = new CommonEngine();

  server.post('/api/videos', upload.single('video'), async (req, res) => {
    if (!req.file) return res.status(400).json({ error: 'no file' });
    const poster = await makePoster(req.file.path, req.file.originalname);
    res.json({ poster });
  });

  server.get('**', express.static(browserDist, { index: false }));
  server.get('**', (req, res, next) => {
    engine
      .render({ bootstrap, documentFilePath: indexHtml, url: req.originalUrl, publicPath: browserDist,
        providers: [{ provide: APP_BASE_HREF, useValue: req.baseUrl }] })
      .then((html) => res.send(html))
      .catch(next);
  });
  return server;
}
