import { Router, Request, Response } from 'express';
import { ShareTokens } from '../crypto/shareTokens';

const router = Router();
const tokens = new ShareTokens(Buffer.from(process.env.SHARE_KEY ?? '', 'hex'));

router.post('/documents/:docId/share', (req: Request, res: Response) => {
  const email = String(req.body?.email ?? '').trim().toLowerCase();
  if (!email.includes('@')) {
    return res.status(400).json({ error: 'email required' });
  }
  const token = tokens.issue({ docId: req.params.docId, email, exp: Date.now() + 7 * 86400000 });
  res.status(201).json({ url: `https://docs.example.com/s/${token}` });
});

router.get('/s/:token', (req: Request, res: Response) => {
  try {
    const claims = tokens.read(req.params.token);
    if (claims.exp < Date.now()) return res.status(410).send('link expired');
    res.redirect(`/documents/${encodeURIComponent(claims.docId)}?viewer=${encodeURIComponent(claims.email)}`);
  } catch {
    res.status(400).send('invalid link');
  }
});

export default router;
