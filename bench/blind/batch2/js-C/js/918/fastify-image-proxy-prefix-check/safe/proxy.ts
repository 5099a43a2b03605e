import { request } from 'undici';

const CDN_HOST = 'cdn.example.com';

export async function proxyImage(src: string) {
  const url = new URL(src);
  if (url.protocol !== 'https:' || url.hostname !== CDN_HOST || url.username || url.port) {
    throw new Error('not allowed');
  }
  const res = await request(url, { maxRedirections: 0 });
  const contentType = String(res.headers['content-type'] ?? 'application/octet-stream');
  if (!contentType.startsWith('image/')) throw new Error('not an image');
  return { contentType, body: res.body };
}
