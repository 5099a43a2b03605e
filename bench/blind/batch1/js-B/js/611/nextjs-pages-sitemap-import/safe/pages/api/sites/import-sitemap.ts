import type { NextApiRequest, NextApiResponse } from 'next';
import getRawBody from 'raw-body';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '../auth/[...nextauth]';
import { extractUrls } from '../../../lib/sitemap';

export const config = { api: { bodyParser: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: 'sign in first' });

  const raw = (await getRawBody(req, { limit: '1mb', encoding: 'utf8' })) as string;
  try {
    const urls = extractUrls(raw);
    return res.status(200).json({ count: urls.length, preview: urls.slice(0, 20) });
  } catch (e) {
    return res.status(400).json({ error: 'could not parse sitemap' });
  }
}
