import type { NextApiRequest, NextApiResponse } from 'next';
import { readFile } from 'fs/promises';
import { renderPdf } from '../../lib/pdf';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const { pageId, title } = req.body as { pageId: string; title: string };
  if (!/^[0-9a-f]{24}$/.test(pageId)) return res.status(400).json({ error: 'bad page id' });
  const file = await renderPdf(`https://app.example.com/print/${pageId}`, String(title || 'Export'));
  res.setHeader('Content-Type', 'application/pdf');
  res.send(await readFile(file));
}
