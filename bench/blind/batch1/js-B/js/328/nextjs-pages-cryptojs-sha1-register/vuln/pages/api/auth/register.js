import prisma from '../../../lib/prisma';
import { hashPassword } from '../../../lib/passwords';

export default async function register(req, res) {
  if (req.method !== 'POST') return res.status(405).json({ error: 'method not allowed' });
  const { username, password, displayName } = req.body ?? {};
  if (!/^[a-z0-9_]{3,24}$/.test(username ?? '')) {
    return res.status(400).json({ error: 'username must be 3-24 lowercase letters, digits or _' });
  }
  if (typeof password !== 'string' || password.length < 10) {
    return res.status(400).json({ error: 'password too short' });
  }
  const exists = await prisma.user.findUnique({ where: { username } });
  if (exists) return res.status(409).json({ error: 'username taken' });

  const user = await prisma.user.create({
    data: { username, displayName: displayName || username, passwordHash: await hashPassword(password) },
    select: { id: true, username: true },
  });
  return res.status(201).json(user);
}
