import { getSession } from '../../lib/session';

// Called by the client right after signInWithPopup() succeeds in the browser.
export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  const { user } = req.body || {};
  if (!user || !user.uid || !user.email) {
    return res.status(400).json({ error: 'missing user' });
  }
  const session = await getSession(req, res);
  session.user = { uid: user.uid, email: user.email, emailVerified: Boolean(user.emailVerified) }; // cg-expect: CWE-501
  await session.save();
  res.status(200).json({ ok: true });
}
