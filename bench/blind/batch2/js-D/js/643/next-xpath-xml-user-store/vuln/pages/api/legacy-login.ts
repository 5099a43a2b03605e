import type { NextApiRequest, NextApiResponse } from 'next';
import { verifyUser } from '../../lib/xmlUsers';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const { username, password } = req.body ?? {};
  if (typeof username !== 'string' || typeof password !== 'string') {
    return res.status(400).json({ error: 'bad request' });
  }
  const user = await verifyUser(username, password);
  if (!user) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  res.status(200).json({ id: user.id, role: user.role });
}
