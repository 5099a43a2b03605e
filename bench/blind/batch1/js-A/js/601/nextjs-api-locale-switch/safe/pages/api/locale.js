import { serialize } from 'cookie';

const LOCALES = ['en', 'de', 'fr', 'nl'];

function sameOriginPath(target, host) {
  try {
    const url = new URL(target, `https://${host}`);
    return url.host === host ? url.pathname + url.search : '/';
  } catch {
    return '/';
  }
}

// language picker links: /api/locale?locale=de&redirect=/pricing
export default function handler(req, res) {
  const locale = LOCALES.includes(req.query.locale) ? req.query.locale : 'en';
  res.setHeader('Set-Cookie', serialize('NEXT_LOCALE', locale, { path: '/', maxAge: 31536000, sameSite: 'lax', secure: true }));
  const back = typeof req.query.redirect === 'string' ? sameOriginPath(decodeURIComponent(req.query.redirect), req.headers.host) : '/';
  res.redirect(302, back);
}
