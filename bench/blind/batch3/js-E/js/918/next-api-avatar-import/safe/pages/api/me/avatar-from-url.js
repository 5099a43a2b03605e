import { importAvatar } from '../../../lib/avatars';
import { requireUser } from '../../../lib/auth';

export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  const user = await requireUser(req, res);
  if (!user) return;
  try {
    const key = await importAvatar(user.id, String(req.body.url || ''));
    res.json({ key });
  } catch (e) {
    res.status(422).json({ error: e.message });
  }
}
