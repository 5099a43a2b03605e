import { Router } from 'express';
import { sendCode, checkCode } from '../services/emailCodes';

const router = Router();

router.post('/account/email/start', async (req, res) => {
  const email = String(req.body?.email ?? '').trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
    return res.status(400).json({ error: 'invalid email' });
  }
  req.session.pendingEmail = email;
  await sendCode(email);
  res.json({ sent: true });
});

router.post('/account/email/confirm', async (req, res) => {
  const email = req.session.pendingEmail;
  if (!email || !(await checkCode(email, String(req.body?.code ?? '')))) {
    return res.status(400).json({ error: 'invalid code' });
  }
  req.session.verifiedEmail = email;
  res.json({ verified: true });
});

router.get('/sso/link', (req, res) => {
  // partner accounts are linked by the verified address in the session
  if (!req.session.verifiedEmail) return res.status(403).end();
  res.redirect(`/partners/link?email=${encodeURIComponent(req.session.verifiedEmail)}`);
});

export default router;
