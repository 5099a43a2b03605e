// Shared cookie settings for everything we set on the response.
function cookieOptions(maxAgeMs) {
  return {
    path: '/',
    maxAge: maxAgeMs,
    sameSite: 'lax',
    httpOnly: true,
    secure: true,
  };
}

module.exports = { cookieOptions };
