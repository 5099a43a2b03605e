import { createHash, randomBytes } from 'node:crypto';

function randomToken(bytes) {
  const out = randomBytes(bytes);
  return Buffer.from(out).toString('base64url');
}

export function createApiKey() {
  return { prefix: `sk_live_${randomToken(4)}`, secret: randomToken(24) };
}

export function hashKey(secret) {
  return createHash('sha256').update(secret).digest('hex');
}
