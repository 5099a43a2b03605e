import type { NextApiRequest, NextApiResponse } from 'next';
import { fetchPreview } from '../../lib/preview';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const target = Array.isArray(req.query.url) ? req.query.url[0] : req.query.url;
  if (!target) return res.status(400).json({ error: 'url required' });
  try {
    res.status(200).json(await fetchPreview(target));
  } catch {
    res.status(422).json({ error: 'unable to preview' });
  }
}
