import type { NextApiRequest, NextApiResponse } from 'next';
import { serialize } from 'cookie';
import { resolveReturnTo } from '../../lib/returnTo';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader(
    'Set-Cookie',
    serialize('sid', '', { path: '/', httpOnly: true, secure: true, sameSite: 'lax', maxAge: 0 }),
  );
  const target = resolveReturnTo(req.query.returnTo);
  res.redirect(302, target); 
}
