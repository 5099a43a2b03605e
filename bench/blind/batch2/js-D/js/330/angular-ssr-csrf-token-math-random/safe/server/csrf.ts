import type { Request, Response, NextFunction } from 'express';
import { randomBytes, timingSafeEqual } from 'node:crypto';

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function issueCsrf(req: Request, res: Response, next: NextFunction) {
  const token = req.cookies['csrf'] ?? newToken();
  res.cookie('csrf', token, { httpOnly: true, secure: true, sameSite: 'strict' });
  res.locals['csrf'] = token;
  next();
}

export function checkCsrf(req: Request, res: Response, next: NextFunction) {
  const cookie = String(req.cookies['csrf'] ?? '');
  const header = String(req.get('x-csrf-token') ?? '');
  if (!cookie || cookie.length !== header.length || !timingSafeEqual(Buffer.from(cookie), Buffer.from(header))) {
    res.status(403).json({ error: 'csrf' });
    return;
  }
  next();
}
