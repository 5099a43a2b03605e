import type { SessionOptions } from 'express-session';

export const sessionSettings: SessionOptions = {
  name: 'app.sid',
  secret: process.env.SESSION_SECRET as string,
  resave: false,
  saveUninitialized: false,
  cookie: {
    secure: true,
    httpOnly: true,
    sameSite: 'lax',
    maxAge: 8 * 3600 * 1000,
  },
};
