import type { Request, Response } from 'express';
import got from 'got';

export function ogImageHandler(req: Request, res: Response) {
  const url = String(req.query['url'] ?? '');
  if (!/^https?:\/\//.test(url)) {
    res.status(400).send('absolute url required');
    return;
  }
  const stream = got.stream(url, { timeout: { request: 5000 } }); // cg-expect: CWE-918
  stream.on('response', (r) => res.type(String(r.headers['content-type'] ?? 'image/jpeg')));
  stream.on('error', () => res.status(502).end());
  stream.pipe(res);
}
