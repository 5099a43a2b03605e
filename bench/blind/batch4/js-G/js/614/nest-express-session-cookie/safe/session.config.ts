import type { CookieOptions } from 'express-session';

export const sessionCookie: CookieOptions = {
  maxAge: 1000 * 60 * 60 * 8,
  sameSite: 'lax',
  secure: true,
  httpOnly: true,
};
