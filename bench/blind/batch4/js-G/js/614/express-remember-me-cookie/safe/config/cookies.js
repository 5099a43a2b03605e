const THIRTY_DAYS = 30 * 24 * 60 * 60 * 1000;

module.exports = {
  rememberCookieOptions: {
    maxAge: THIRTY_DAYS,
    sameSite: 'lax',
    path: '/',
    httpOnly: true,
    secure: true,
  },
};
