import type { NextApiRequest, NextApiResponse } from 'next';
import { searchPhonebook } from '../../lib/ldap';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const name = typeof req.query.name === 'string' ? req.query.name : '';
  if (name.length < 2) return res.status(400).json({ error: 'too short' });
  res.json(await searchPhonebook(name));
}
