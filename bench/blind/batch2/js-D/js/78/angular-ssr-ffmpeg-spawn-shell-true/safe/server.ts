import 'zone.js/node';
import express from 'express';
import multer from 'multer';
import { join } from 'node:path';
import { CommonEngine } from '@angular/ssr';
import bootstrap from './src/main.server';
import { makePreview } from './server/preview';

const server = express();
const upload = multer({ dest: '/var/media/incoming' });
const browserDist = join(process.cwd(), 'dist/media/browser');
const engine = new CommonEngine();

server.post('/api/previews', upload.single('video'), async (req, res) => {
  if (!req.file) {
    res.status(400).json({ error: 'video required' });
    return;
  }
  try {
    const out = await makePreview(req.file.path, req.file.originalname, String(req.body.start ?? '0'));
    res.status(201).json({ preview: out });
  } catch {
    res.status(422).json({ error: 'could not create preview' });
  }
});

server.get('*.*', express.static(browserDist));
server.get('*', (req, res, next) => {
  engine
    .render({ bootstrap, documentFilePath: join(browserDist, 'index.html'), url: req.originalUrl, publicPath: browserDist })
    .then((html) => res.send(html))
    .catch(next);
});

server.listen(4000);
