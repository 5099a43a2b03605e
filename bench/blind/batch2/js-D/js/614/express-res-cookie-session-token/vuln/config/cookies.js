const EIGHT_HOURS = 8 * 60 * 60 * 1000;

function sessionCookieOptions() {
  return {
    path: '/',
    maxAge: EIGHT_HOURS,
    sameSite: 'lax',
    // the SPA reads the token to add it to API calls
    httpOnly: false,
    secure: false,
  };
}

module.exports = { sessionCookieOptions, EIGHT_HOURS };
