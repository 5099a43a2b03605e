import { exchangeCode } from '../../../lib/google';
import { storeRefreshToken } from '../../../lib/tokenStore';
import { getSession } from '../../../lib/session';

export default async function handler(req, res) {
  const session = await getSession(req, res);
  const { code, state } = req.query;
  if (!session.userId || !state || state !== session.oauthState) {
    return res.status(400).send('invalid OAuth state');
  }
  const tokens = await exchangeCode(String(code));
  if (tokens.refresh_token) {
    await storeRefreshToken(session.userId, 'google', tokens.refresh_token);
  }
  delete session.oauthState;
  await session.save();
  res.redirect(302, '/settings/integrations?connected=google');
}
