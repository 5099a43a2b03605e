import { parse } from 'cookie';
import { readSession } from '../../../lib/sessions';

export default async function me(req, res) {
  const { session_id: sessionId } = parse(req.headers.cookie || '');
  const session = await readSession(sessionId);
  if (!session) return res.status(401).json({ error: 'not signed in' });
  res.setHeader('Cache-Control', 'private, no-store');
  return res.status(200).json({ id: session.user.id, name: session.user.name, email: session.user.email });
}
