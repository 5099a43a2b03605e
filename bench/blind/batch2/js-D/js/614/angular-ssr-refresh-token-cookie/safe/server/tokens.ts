import { Router } from 'express';

const IDP = process.env['IDP_URL'] ?? 'https://idp.example.com';

async function passwordGrant(username: string, password: string) {
  const r = await fetch(`${IDP}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', username, password, client_id: 'portal' }),
  });
  return r.ok ? ((await r.json()) as { access_token: string; refresh_token: string; expires_in: number }) : null;
}

export function tokenRoutes(): Router {
  const router = Router();
  router.post('/login', async (req, res) => {
    const tokens = await passwordGrant(String(req.body?.username ?? ''), String(req.body?.password ?? ''));
    if (!tokens) {
      res.status(401).json({ error: 'invalid credentials' });
      return;
    }
    res.cookie('refresh_token', tokens.refresh_token, { httpOnly: true, secure: true, sameSite: 'strict', path: '/api/auth', maxAge: 30 * 86400000 });
    res.json({ accessToken: tokens.access_token, expiresIn: tokens.expires_in });
  });
  return router;
}
