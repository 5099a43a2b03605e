import type { NextApiRequest, NextApiResponse } from 'next';
import { phonebook } from '../../lib/ldap';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const dept = typeof req.query.dept === 'string' ? req.query.dept : '';
  const site = typeof req.query.site === 'string' ? req.query.site : 'HQ';
  if (!dept) return res.status(400).json({ error: 'dept is required' });
  res.setHeader('Cache-Control', 'private, max-age=300');
  res.json(await phonebook(dept, site));
}
