import { readDoc } from '../../../lib/docs';

export default async function handler(req, res) {
  const parts = Array.isArray(req.query.slug) ? req.query.slug : [req.query.slug];
  try {
    const md = await readDoc(parts);
    res.setHeader('Content-Type', 'text/markdown; charset=utf-8');
    res.send(md);
  } catch {
    res.status(404).json({ error: 'not found' });
  }
}
