module.exports = {
  port: Number(process.env.PORT || 8080),
  sessionKeys: (process.env.SESSION_KEYS || '').split(',').filter(Boolean),
  session: {
    name: 'shop_session',
    maxAge: 24 * 60 * 60 * 1000,
    sameSite: 'lax',
    httpOnly: true,
    secure: true,
  },
};
