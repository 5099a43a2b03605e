import { Router, json } from 'express';
import { createLoginToken, consumeLoginToken } from '../services/loginTokens';

const router = Router();

router.post('/auth/magic-link', json(), async (req, res) => {
  const email = String(req.body?.email ?? '').trim().toLowerCase();
  if (!email.includes('@')) {
    return res.status(400).json({ error: 'email required' });
  }
  await createLoginToken(email);
  res.json({ sent: true });
});

router.get('/auth/magic/:token', async (req, res) => {
  const userId = await consumeLoginToken(req.params.token);
  if (!userId) return res.status(401).send('Link expired');
  req.session.regenerate(() => {
    req.session.userId = userId;
    res.redirect('/');
  });
});

export default router;
