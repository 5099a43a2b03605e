import { createHash, randomBytes } from 'node:crypto';
import { prisma } from '@/lib/prisma';

export async function consumeMagicToken(token: string): Promise<string | null> {
  const tokenHash = createHash('sha256').update(token).digest('hex');
  const row = await prisma.magicLink.findUnique({ where: { tokenHash } });
  if (!row || row.usedAt || row.expiresAt < new Date()) return null;
  await prisma.magicLink.update({ where: { tokenHash }, data: { usedAt: new Date() } });
  return row.userId;
}

export async function createSessionCookie(userId: string) {
  const sid = randomBytes(32).toString('base64url');
  await prisma.session.create({ data: { id: sid, userId, expiresAt: new Date(Date.now() + 7 * 864e5) } });
  return { name: 'sid', value: sid, httpOnly: true, secure: true, sameSite: 'lax' as const, path: '/' };
}
