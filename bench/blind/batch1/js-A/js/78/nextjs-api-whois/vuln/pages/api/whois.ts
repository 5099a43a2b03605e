import type { NextApiRequest, NextApiResponse } from 'next';
import { lookupDomain } from '../../lib/whois';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).end();
  }
  const domain = Array.isArray(req.query.domain) ? req.query.domain[0] : req.query.domain;
  if (!domain) {
    return res.status(400).json({ error: 'domain missing' });
  }
  try {
    const record = await lookupDomain(domain.toLowerCase());
    res.status(200).json(record);
  } catch {
    res.status(502).json({ error: 'lookup failed' });
  }
}
