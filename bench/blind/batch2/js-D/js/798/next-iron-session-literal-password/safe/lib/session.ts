import type { SessionOptions } from 'iron-session';

export interface SessionData {
  userId?: number;
  isLoggedIn: boolean;
}

export const sessionOptions: SessionOptions = {
  password: process.env.SECRET_COOKIE_PASSWORD as string,
  cookieName: 'shop_session',
  cookieOptions: {
    secure: true,
    httpOnly: true,
    sameSite: 'lax',
  },
};

export const defaultSession: SessionData = { isLoggedIn: false };
