import { serialize } from 'cookie';
import { authorizeUrl } from '../../../lib/sso';

export default function handler(req, res) {
  const returnTo = typeof req.query.returnTo === 'string' ? req.query.returnTo : '/';
  res.setHeader('Set-Cookie', serialize('return_to', returnTo, { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 600 }));
  res.redirect(302, authorizeUrl());
}
