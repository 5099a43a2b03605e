import { exchangeCode, resolveReturnTo } from '../../../lib/sso';

export default async function handler(req, res) {
  const session = await exchangeCode(String(req.query.code || ''));
  if (!session) return res.status(401).end();
  res.setHeader('Set-Cookie', `sid=${session.id}; Path=/; HttpOnly; Secure; SameSite=Lax`);
  res.redirect(302, resolveReturnTo(req.cookies.return_to)); // cg-expect: CWE-601
}
