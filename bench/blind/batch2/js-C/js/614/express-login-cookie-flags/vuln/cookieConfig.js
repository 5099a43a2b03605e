function cookieOptions() {
  return {
    maxAge: 7 * 24 * 3600 * 1000,
    path: '/',
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
  };
}

module.exports = { cookieOptions };
