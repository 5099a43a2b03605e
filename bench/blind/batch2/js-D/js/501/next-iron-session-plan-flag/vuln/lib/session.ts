import type { SessionOptions } from 'iron-session';

export interface AppSession {
  userId?: number;
  displayName?: string;
  plan?: 'free' | 'pro' | 'enterprise';
}

export const sessionOptions: SessionOptions = {
  password: process.env.SESSION_PASSWORD as string,
  cookieName: 'app_session',
  cookieOptions: { secure: true, httpOnly: true, sameSite: 'lax' },
};

export function canUseSso(session: AppSession): boolean {
  return session.plan === 'enterprise';
}
