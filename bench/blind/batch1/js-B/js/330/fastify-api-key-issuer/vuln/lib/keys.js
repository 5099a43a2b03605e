import { createHash } from 'node:crypto';

function randomToken(bytes) {
  const out = [];
  for (let i = 0; i < bytes; i++) out.push(Math.floor(Math.random() * 256)); // cg-expect: CWE-330
  return Buffer.from(out).toString('base64url');
}

export function createApiKey() {
  return { prefix: `sk_live_${randomToken(4)}`, secret: randomToken(24) };
}

export function hashKey(secret) {
  return createHash('sha256').update(secret).digest('hex');
}
