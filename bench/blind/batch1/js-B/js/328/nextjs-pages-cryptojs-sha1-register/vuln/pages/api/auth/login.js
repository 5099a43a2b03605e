import prisma from '../../../lib/prisma';
import { checkPassword } from '../../../lib/passwords';
import { getSession } from '../../../lib/session';

export default async function login(req, res) {
  if (req.method !== 'POST') return res.status(405).json({ error: 'method not allowed' });
  const { username, password } = req.body ?? {};
  const user = await prisma.user.findUnique({ where: { username: String(username ?? '') } });
  if (!user || !(await checkPassword(String(password ?? ''), user.passwordHash))) {
    return res.status(401).json({ error: 'invalid username or password' });
  }
  const session = await getSession(req, res);
  session.userId = user.id;
  await session.save();
  return res.status(200).json({ id: user.id, displayName: user.displayName });
}
