import type { Request, Response } from 'express';
import { exchangeCode } from './token';

interface OAuthState {
  nonce: string;
  returnUrl?: string;
}

function decodeState(raw: unknown): OAuthState | null {
  try {
    return JSON.parse(Buffer.from(String(raw), 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

export async function handleOAuthCallback(req: Request, res: Response) {
  const state = decodeState(req.query['state']);
  if (!state || state.nonce !== req.cookies?.['oauth_nonce']) {
    return res.status(400).send('invalid state');
  }
  const session = await exchangeCode(String(req.query['code'] ?? ''));
  res.cookie('sid', session.id, { httpOnly: true, secure: true, sameSite: 'lax' });
  const ret = state.returnUrl ?? '/';
  const local = ret.startsWith('/') && !ret.startsWith('//') && !ret.startsWith('/\\');
  res.redirect(local ? ret : '/');
}
