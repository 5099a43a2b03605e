const THIRTY_DAYS = 30 * 24 * 3600 * 1000;

function rememberCookie() {
  return { maxAge: THIRTY_DAYS, httpOnly: false, secure: false, sameSite: 'lax', overwrite: true };
}

module.exports = { rememberCookie };
