import type { NextApiRequest, NextApiResponse } from 'next';
import { getToken } from 'next-auth/jwt';
import { eventTotals } from '../../../lib/analytics';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = await getToken({ req });
  if (!token?.orgId) return res.status(401).json({ error: 'unauthorized' });
  const { match = {}, groupBy = 'type' } = req.body ?? {};
  res.json(await eventTotals(String(token.orgId), match, String(groupBy)));
}
