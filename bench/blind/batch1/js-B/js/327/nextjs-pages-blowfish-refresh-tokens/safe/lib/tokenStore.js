import crypto from 'crypto';
import prisma from './prisma';

const KEY = Buffer.from(process.env.TOKEN_STORE_KEY, 'hex');

function encrypt(text) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const enc = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), enc]).toString('base64');
}

function decrypt(blob) {
  const raw = Buffer.from(blob, 'base64');
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

export async function storeRefreshToken(userId, provider, token) {
  await prisma.oauthToken.upsert({
    where: { userId_provider: { userId, provider } },
    create: { userId, provider, refreshTokenEnc: encrypt(token) },
    update: { refreshTokenEnc: encrypt(token) },
  });
}

export async function loadRefreshToken(userId, provider) {
  const row = await prisma.oauthToken.findUnique({ where: { userId_provider: { userId, provider } } });
  return row ? decrypt(row.refreshTokenEnc) : null;
}
