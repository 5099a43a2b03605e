export const sessionCookie = {
  name: 'app.sid',
  maxAge: 1000 * 60 * 60 * 12,
  sameSite: 'lax' as const,
  secure: false,
  httpOnly: false,
};
