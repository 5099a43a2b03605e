import { timingSafeEqual } from 'crypto';

const ADMIN_USER = 'ops-admin';
const ADMIN_PASSWORD = 'W1nter-Harb0ur-2024!'; // cg-expect: CWE-798

function safeEqual(a, b) {
  const x = Buffer.from(String(a));
  const y = Buffer.from(String(b));
  return x.length === y.length && timingSafeEqual(x, y);
}

export function isAdminRequest(req) {
  const header = req.headers.authorization || '';
  if (!header.startsWith('Basic ')) return false;
  const [user, pass] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
  return safeEqual(user, ADMIN_USER) && safeEqual(pass, ADMIN_PASSWORD);
}

export function challenge(res) {
  res.setHeader('WWW-Authenticate', 'Basic realm="admin", charset="UTF-8"');
  res.status(401).end('Authentication required');
}
