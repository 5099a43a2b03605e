import type { NextApiRequest, NextApiResponse } from 'next';
import { getIronSession } from 'iron-session';
import { sessionOptions, AppSession } from '../../lib/session';
import { getSubscription } from '../../lib/billing';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<AppSession>(req, res, sessionOptions);
  if (!session.userId) {
    return res.status(401).json({ error: 'not signed in' });
  }
  const { displayName, plan } = req.body ?? {};
  session.displayName = String(displayName ?? '').slice(0, 60);
  void plan; // plan comes from billing, not from the client
  const sub = await getSubscription(session.userId);
  session.plan = sub?.active ? sub.plan : 'free';
  await session.save();
  res.status(200).json({ plan: session.plan });
}
