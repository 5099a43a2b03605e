import { serialize } from 'cookie';

const WEEK = 7 * 24 * 60 * 60;

export function sessionCookie(token) {
  return serialize('session', token, {
    path: '/',
    sameSite: 'lax',
    maxAge: WEEK,
    httpOnly: true,
    secure: true,
  });
}

export function clearSessionCookie() {
  return serialize('session', '', { path: '/', maxAge: 0 });
}
