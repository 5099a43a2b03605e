import { verifyCredentials, createSession } from '../../lib/auth';
import { sessionCookie } from '../../lib/cookies';

export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  const { email, password } = req.body || {};
  const user = await verifyCredentials(String(email || ''), String(password || ''));
  if (!user) return res.status(401).json({ error: 'invalid credentials' });
  const token = await createSession(user.id);
  res.setHeader('Set-Cookie', sessionCookie(token)); // cg-expect: CWE-614
  res.status(200).json({ ok: true });
}
