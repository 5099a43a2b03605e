import jwt from 'jsonwebtoken';
import bcrypt from 'bcryptjs';
import { db } from './db';

export async function login(email: string, password: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) return null;
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET as string, { expiresIn: '1h' });
}
