import type { NextApiRequest, NextApiResponse } from 'next';
import { ratesFor } from '../../../lib/rates';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const region = req.cookies['region'] ?? 'eu';
  const weight = Number(req.query.weightKg ?? 1);
  if (!Number.isFinite(weight) || weight <= 0) {
    return res.status(400).json({ error: 'invalid weight' });
  }
  const rates = ratesFor(region, weight);
  res.setHeader('Cache-Control', 'private, max-age=60');
  res.status(200).json({ region, rates });
}
