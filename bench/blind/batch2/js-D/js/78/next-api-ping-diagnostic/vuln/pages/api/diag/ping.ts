import type { NextApiRequest, NextApiResponse } from 'next';
import { pingHost } from '../../../lib/netdiag';

type Result = { ok: boolean; output?: string; error?: string };

export default function handler(req: NextApiRequest, res: NextApiResponse<Result>) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).json({ ok: false, error: 'method not allowed' });
  }
  const host = Array.isArray(req.query.host) ? req.query.host[0] : req.query.host;
  if (!host) {
    return res.status(400).json({ ok: false, error: 'host is required' });
  }
  try {
    const output = pingHost(host, 3);
    res.status(200).json({ ok: true, output });
  } catch (e) {
    res.status(502).json({ ok: false, error: 'host unreachable' });
  }
}
