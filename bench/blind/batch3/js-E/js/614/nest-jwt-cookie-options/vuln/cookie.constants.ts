import { CookieOptions } from 'express';

export const ACCESS_COOKIE: { name: string; options: CookieOptions } = {
  name: 'access_token',
  options: {
    httpOnly: false,
    secure: false,
    sameSite: 'lax',
    maxAge: 15 * 60 * 1000,
    path: '/',
  },
};
