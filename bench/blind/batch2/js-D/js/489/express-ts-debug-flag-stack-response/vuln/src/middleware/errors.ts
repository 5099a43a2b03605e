import type { Request, Response, NextFunction } from 'express';
import { settings } from '../settings';

export function errorMiddleware(err: Error & { sql?: string; status?: number }, req: Request, res: Response, _next: NextFunction) {
  const status = err.status ?? 500;
  if (settings.debug) {
    return res.status(status).json({
      error: err.message,
      stack: err.stack,
      sql: err.sql,
      path: req.originalUrl,
    });
  }
  console.error(err);
  res.status(status).json({ error: status === 500 ? 'internal error' : err.message });
}
