import { createInvite } from '../../../../lib/invites';
import { getSession } from '../../../../lib/session';

export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  const session = await getSession(req);
  if (!session) return res.status(401).end();
  const invite = await createInvite(req.query.id, session.userId, String(req.body.email || ''));
  res.status(201).json({ link: `https://app.example.com/join/${invite.code}` });
}
