import { serialize, parse } from 'cookie';

const COOKIE = '__Host-csrf';

export function issueCsrfToken(res) {
  const token = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2); // cg-expect: CWE-330
  res.setHeader('Set-Cookie', serialize(COOKIE, token, { path: '/', secure: true, httpOnly: true, sameSite: 'strict' }));
  return token;
}

export function checkCsrf(req) {
  const cookieToken = parse(req.headers.cookie || '')[COOKIE];
  const headerToken = req.headers['x-csrf-token'];
  return Boolean(cookieToken) && cookieToken === headerToken;
}
