import type { NextApiRequest, NextApiResponse } from 'next';
import { verifyLogin } from '../../lib/auth';
import { createSession } from '../../lib/sessionStore';

const MAX_AGE = 60 * 60 * 12;

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const user = await verifyLogin(String(req.body?.email ?? ''), String(req.body?.password ?? ''));
  if (!user) {
    return res.status(401).json({ error: 'invalid login' });
  }
  const sid = await createSession(user.id, MAX_AGE);
  res.setHeader('Set-Cookie', `sid=${sid}; Path=/; Max-Age=${MAX_AGE}; SameSite=Lax`); // cg-expect: CWE-614
  res.status(200).json({ id: user.id, name: user.name });
}
