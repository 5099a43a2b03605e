import { serialize } from 'cookie';
import { verifyUser } from '../../../lib/users';
import { createSession } from '../../../lib/sessions';

export default async function login(req, res) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }
  const { email, password } = req.body || {};
  const user = await verifyUser(email, password);
  if (!user) return res.status(401).json({ error: 'Invalid email or password' });

  const sessionId = await createSession(user.id, req.headers['user-agent']);
  res.setHeader('Set-Cookie', serialize('session_id', sessionId, { path: '/', maxAge: 60 * 60 * 24 * 14, sameSite: 'lax', httpOnly: true, secure: true }));
  return res.status(200).json({ id: user.id, name: user.name });
}
