import type { CookieOptions } from 'express-session';

export const sessionCookie: CookieOptions = {
  httpOnly: true,
  secure: false,
  sameSite: 'lax',
  maxAge: 1000 * 60 * 60 * 8,
};
