import { Router } from 'express';
import path from 'path';
import { signPath, verifySigned } from '../lib/signedUrls';

const router = Router();
const FILES = path.resolve('/srv/exports');

router.post('/exports/:id/link', (req, res) => {
  const id = req.params.id.replace(/[^a-f0-9-]/gi, '');
  res.json({ url: signPath(`/downloads/${id}.csv`) });
});

router.get('/downloads/:file', (req, res) => {
  const expires = Number(req.query.expires);
  const sig = String(req.query.sig ?? '');
  if (!verifySigned(req.path, expires, sig)) {
    return res.status(403).send('link invalid or expired');
  }
  res.sendFile(path.basename(req.params.file), { root: FILES });
});

export default router;
