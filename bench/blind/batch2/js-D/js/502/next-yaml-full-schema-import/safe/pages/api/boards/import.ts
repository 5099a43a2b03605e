import type { NextApiRequest, NextApiResponse } from 'next';
import { parseBoardExport } from '../../../lib/boardImport';

export const config = { api: { bodyParser: { sizeLimit: '1mb' } } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const text = typeof req.body === 'string' ? req.body : String(req.body?.yaml ?? '');
  try {
    const board = parseBoardExport(text);
    res.status(200).json({ title: board.title, columns: board.columns.length });
  } catch (e) {
    res.status(422).json({ error: 'invalid export file' });
  }
}
