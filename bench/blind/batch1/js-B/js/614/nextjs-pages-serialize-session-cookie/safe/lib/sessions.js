import { randomBytes } from 'crypto';
import prisma from './prisma';

export async function createSession(userId, userAgent) {
  const id = randomBytes(32).toString('base64url');
  await prisma.session.create({
    data: { id, userId, userAgent: String(userAgent || '').slice(0, 255), expiresAt: new Date(Date.now() + 14 * 864e5) },
  });
  return id;
}

export async function readSession(id) {
  if (!id) return null;
  const s = await prisma.session.findUnique({ where: { id }, include: { user: true } });
  return s && s.expiresAt > new Date() ? s : null;
}
