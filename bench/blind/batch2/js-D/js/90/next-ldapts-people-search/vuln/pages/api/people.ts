import type { NextApiRequest, NextApiResponse } from 'next';
import { searchPeople } from '../../lib/directory';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const q = typeof req.query.q === 'string' ? req.query.q : '';
  if (q.length < 2) {
    return res.status(400).json({ error: 'query too short' });
  }
  try {
    const people = await searchPeople(q);
    res.status(200).json({ people });
  } catch (err) {
    res.status(502).json({ error: 'directory unavailable' });
  }
}
