import type { Request, Response } from 'express';
import got from 'got';

const IMAGE_HOSTS = new Set(['images.unsplash.com', 'cdn.blog-assets.example']);

function allowed(raw: string): URL | null {
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' && IMAGE_HOSTS.has(u.hostname) && !u.port ? u : null;
  } catch {
    return null;
  }
}

export function ogImageHandler(req: Request, res: Response) {
  const url = String(req.query['url'] ?? '');
  const target = allowed(url);
  if (!target) {
    res.status(400).send('image host not allowed');
    return;
  }
  const stream = got.stream(target, { timeout: { request: 5000 }, followRedirect: false });
  stream.on('response', (r) => res.type(String(r.headers['content-type'] ?? 'image/jpeg')));
  stream.on('error', () => res.status(502).end());
  stream.pipe(res);
}
