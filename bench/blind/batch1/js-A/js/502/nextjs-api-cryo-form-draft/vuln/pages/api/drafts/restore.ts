import type { NextApiRequest, NextApiResponse } from 'next';
import { restoreDraft } from '../../../lib/drafts';

// the form builder keeps an offline draft in localStorage and posts it back to resume editing
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const { blob } = req.body as { blob?: string };
  if (typeof blob !== 'string') return res.status(400).json({ error: 'blob required' });
  const draft = restoreDraft(blob);
  res.json({ title: String(draft.title), fields: draft.fields.length, savedAt: draft.savedAt });
}
