import type { NextApiRequest, NextApiResponse } from 'next';
import { settings } from '../../lib/settings';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (!settings.debug) return res.status(404).end();
  res.status(200).json({ env: process.env, headers: req.headers, stage: settings.stage }); // cg-expect: CWE-489
}
