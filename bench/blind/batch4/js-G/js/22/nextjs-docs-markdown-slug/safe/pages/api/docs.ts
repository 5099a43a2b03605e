import type { NextApiRequest, NextApiResponse } from 'next';
import { loadDoc } from '../../lib/docs';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const slug = String(req.query.slug ?? 'index.md');
  try {
    const markdown = await loadDoc(slug);
    res.status(200).json({ slug, markdown });
  } catch {
    res.status(404).json({ error: 'not found' });
  }
}
