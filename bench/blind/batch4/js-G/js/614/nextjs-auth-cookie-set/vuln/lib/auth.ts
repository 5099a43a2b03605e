import { randomBytes } from 'crypto';
import bcrypt from 'bcryptjs';
import { prisma } from './prisma';

export async function verifyCredentials(email: string, password: string) {
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) return null;
  return user;
}

export async function createSession(userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await prisma.session.create({ data: { token, userId, expiresAt: new Date(Date.now() + 7 * 864e5) } });
  return token;
}
