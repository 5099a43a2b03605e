import { timingSafeEqual } from 'crypto';
import bcrypt from 'bcryptjs';

const ADMIN_USER = process.env.ADMIN_USER || 'ops-admin';
// bcrypt hash provisioned by the deploy pipeline from the secrets manager
const ADMIN_PASSWORD_HASH = process.env.ADMIN_PASSWORD_HASH;

function safeEqual(a, b) {
  const x = Buffer.from(String(a));
  const y = Buffer.from(String(b));
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function isAdminRequest(req) {
  if (!ADMIN_PASSWORD_HASH) return false;
  const header = req.headers.authorization || '';
  if (!header.startsWith('Basic ')) return false;
  const [user, pass] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
  return safeEqual(user, ADMIN_USER) && (await bcrypt.compare(String(pass), ADMIN_PASSWORD_HASH));
}

export function challenge(res) {
  res.setHeader('WWW-Authenticate', 'Basic realm="admin", charset="UTF-8"');
  res.status(401).end('Authentication required');
}
