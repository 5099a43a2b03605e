import type { Request, Response, NextFunction } from 'express';

function newToken(): string {
  return Array.from({ length: 4 }, () => Math.random().toString(36).slice(2, 10)).join(''); // cg-expect: CWE-330
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
  if (!cookie || cookie !== header) {
    res.status(403).json({ error: 'csrf' });
    return;
  }
  next();
}
