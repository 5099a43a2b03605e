import type { NextApiRequest, NextApiResponse } from 'next';
import { productsByCategory } from '../../lib/products';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const category = String(req.query.category ?? 'all');
  const rows = await productsByCategory(category);
  res.status(200).json(rows);
}
