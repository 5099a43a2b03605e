import type { NextApiRequest, NextApiResponse } from 'next';
import { readDoc } from '../../../lib/docs';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const slug = ([] as string[]).concat(req.query.slug ?? []);
  const version = typeof req.query.v === 'string' ? req.query.v : 'latest';
  const doc = await readDoc(version, slug);
  if (!doc) return res.status(404).json({ error: 'not found' });
  res.setHeader('Content-Type', 'text/markdown; charset=utf-8');
  res.send(doc);
}
