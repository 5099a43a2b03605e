import { getIronSession } from 'iron-session';

export const sessionOptions = {
  password: process.env.IRON_SESSION_PASSWORD,
  cookieName: 'app_session',
  cookieOptions: { secure: true, httpOnly: true, sameSite: 'lax' },
};

export function getSession(req, res) {
  return getIronSession(req, res, sessionOptions);
}
