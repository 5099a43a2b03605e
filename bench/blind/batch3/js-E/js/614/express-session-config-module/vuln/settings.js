module.exports = {
  port: Number(process.env.PORT) || 3000,
  sessionSecret: process.env.SESSION_SECRET,
  sessionCookie: {
    secure: false,
    httpOnly: false,
    sameSite: 'lax',
    maxAge: 8 * 3600 * 1000,
  },
};
