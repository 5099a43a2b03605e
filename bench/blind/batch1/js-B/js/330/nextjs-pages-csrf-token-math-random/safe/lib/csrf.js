import { randomBytes } from 'crypto';
import { serialize, parse } from 'cookie';

const COOKIE = '__Host-csrf';

export function issueCsrfToken(res) {
  const token = randomBytes(32).toString('hex');
  res.setHeader('Set-Cookie', serialize(COOKIE, token, { path: '/', secure: true, httpOnly: true, sameSite: 'strict' }));
  return token;
}

export function checkCsrf(req) {
  const cookieToken = parse(req.headers.cookie || '')[COOKIE];
  const headerToken = req.headers['x-csrf-token'];
  return Boolean(cookieToken) && cookieToken === headerToken;
}
