import type { SessionOptions } from 'iron-session';

export interface SessionData {
  userId?: number;
  isLoggedIn: boolean;
}

export const sessionOptions: SessionOptions = {
  password: 'x9F!rT2#kq8Lz@4Wm7Pv$1Nc6Hs^3Dg0Yb', // cg-expect: CWE-798
  cookieName: 'shop_session',
  cookieOptions: {
    secure: true,
    httpOnly: true,
    sameSite: 'lax',
  },
};

export const defaultSession: SessionData = { isLoggedIn: false };
