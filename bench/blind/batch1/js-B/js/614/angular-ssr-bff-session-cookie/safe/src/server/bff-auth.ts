import { Router, json, type CookieOptions } from 'express';
import { randomUUID } from 'node:crypto';
import { backend } from './backend-client';
import { bffSessions } from './bff-sessions';

export const bffAuth = Router();

const BFF_COOKIE: CookieOptions = { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 4 * 3600 * 1000 };

bffAuth.post('/bff/login', json(), async (req, res) => {
  const { username, password } = req.body ?? {};
  const upstream = await backend.login(String(username ?? ''), String(password ?? ''));
  if (!upstream) {
    res.status(401).json({ error: 'login failed' });
    return;
  }
  const handle = randomUUID();
  await bffSessions.put(handle, upstream.accessToken, upstream.expiresIn);
  res.cookie('bff_session', handle, { ...BFF_COOKIE, secure: true });
  res.json({ displayName: upstream.displayName });
});

bffAuth.all('/bff/api/*', async (req, res) => {
  const handle = req.cookies?.['bff_session'];
  const token = handle ? await bffSessions.get(handle) : null;
  if (!token) {
    res.sendStatus(401);
    return;
  }
  const r = await backend.forward(req.method, req.params[0], token, req.body);
  res.status(r.status).json(r.body);
});
