import { SignJWT } from 'jose';
import bcrypt from 'bcryptjs';
import { db } from './db';

const key = new TextEncoder().encode(process.env.SESSION_SECRET);

export async function checkCredentials(email: string, password: string) {
  const u = await db.user.findUnique({ where: { email: String(email) } });
  return u && (await bcrypt.compare(String(password), u.passwordHash)) ? u : null;
}
export async function signSession(userId: string) {
  return new SignJWT({ sub: userId }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1d').sign(key);
}
