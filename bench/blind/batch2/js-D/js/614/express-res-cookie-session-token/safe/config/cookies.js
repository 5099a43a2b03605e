const EIGHT_HOURS = 8 * 60 * 60 * 1000;

function sessionCookieOptions() {
  return {
    path: '/',
    maxAge: EIGHT_HOURS,
    sameSite: 'lax',
    httpOnly: true,
    secure: true,
  };
}

module.exports = { sessionCookieOptions, EIGHT_HOURS };
