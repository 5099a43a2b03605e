import { getAuth } from 'firebase-admin/auth';
import { getSession } from '../../lib/session';
import '../../lib/firebaseAdmin';

// Called by the client right after signInWithPopup() succeeds in the browser.
export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  const { idToken } = req.body || {};
  if (typeof idToken !== 'string') {
    return res.status(400).json({ error: 'missing idToken' });
  }
  let user;
  try {
    user = await getAuth().verifyIdToken(idToken, true);
  } catch {
    return res.status(401).json({ error: 'invalid token' });
  }
  const session = await getSession(req, res);
  session.user = { uid: user.uid, email: user.email, emailVerified: Boolean(user.email_verified) };
  await session.save();
  res.status(200).json({ ok: true });
}
