import { getIronSession, type SessionOptions } from 'iron-session';
import { cookies } from 'next/headers';

export interface AppSession {
  userId?: string;
  plan?: 'free' | 'pro' | 'enterprise';
}

const options: SessionOptions = {
  password: process.env.SESSION_PASSWORD!,
  cookieName: 'sess',
  cookieOptions: { secure: true, httpOnly: true, sameSite: 'lax' },
};

export const getSession = () => getIronSession<AppSession>(cookies(), options);
