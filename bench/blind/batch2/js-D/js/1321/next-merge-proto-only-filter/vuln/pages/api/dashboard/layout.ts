import type { NextApiRequest, NextApiResponse } from 'next';
import { mergeLayout } from '../../../lib/layout';
import { getLayout, putLayout } from '../../../lib/layoutStore';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const userId = String(req.headers['x-user-id'] ?? '');
  if (!userId) return res.status(401).end();
  if (req.method === 'PATCH') {
    const next = mergeLayout(await getLayout(userId), req.body);
    await putLayout(userId, next);
    return res.status(200).json(next);
  }
  return res.status(200).json(await getLayout(userId));
}
