import { serialize } from 'cookie';

const LOCALES = ['en', 'de', 'fr', 'nl'];

// language picker links: /api/locale?locale=de&redirect=/pricing
export default function handler(req, res) {
  const locale = LOCALES.includes(req.query.locale) ? req.query.locale : 'en';
  res.setHeader('Set-Cookie', serialize('NEXT_LOCALE', locale, { path: '/', maxAge: 31536000, sameSite: 'lax', secure: true }));
  const back = typeof req.query.redirect === 'string' ? decodeURIComponent(req.query.redirect) : '/';
  res.redirect(302, back); // cg-expect: CWE-601
}
