import { request } from 'undici';

const CDN_HOST = 'cdn.example.com';

export async function proxyImage(src: string) {
  if (!src.startsWith(`https://${CDN_HOST}`)) throw new Error('not allowed');
  const res = await request(src, { maxRedirections: 0 }); // cg-expect: CWE-918
  const contentType = String(res.headers['content-type'] ?? 'application/octet-stream');
  if (!contentType.startsWith('image/')) throw new Error('not an image');
  return { contentType, body: res.body };
}
