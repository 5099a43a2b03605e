import type { NextApiRequest, NextApiResponse } from 'next';
import { resolveEmbed } from '../../lib/oembed';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { provider, url } = req.query as { provider?: string; url?: string };
  if (!provider || !url) return res.status(400).json({ error: 'provider and url are required' });
  try {
    res.json(await resolveEmbed(provider, url));
  } catch (e) {
    res.status(502).json({ error: (e as Error).message });
  }
}
