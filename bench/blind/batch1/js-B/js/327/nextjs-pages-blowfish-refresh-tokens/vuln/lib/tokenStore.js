import crypto from 'crypto';
import prisma from './prisma';

const KEY = Buffer.from(process.env.TOKEN_STORE_KEY, 'hex');

function encrypt(text) {
  const iv = crypto.randomBytes(8);
  const cipher = crypto.createCipheriv('bf-cbc', KEY, iv); // cg-expect: CWE-327
  const enc = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, enc]).toString('base64');
}

function decrypt(blob) {
  const raw = Buffer.from(blob, 'base64');
  const decipher = crypto.createDecipheriv('bf-cbc', KEY, raw.subarray(0, 8));
  return Buffer.concat([decipher.update(raw.subarray(8)), decipher.final()]).toString('utf8');
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
