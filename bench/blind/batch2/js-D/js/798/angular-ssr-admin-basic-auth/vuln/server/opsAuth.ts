import type { Request, Response, NextFunction } from 'express';
import { timingSafeEqual } from 'node:crypto';

const OPS_USER = 'opsadmin';
const OPS_PASSWORD = 'Gl4cier!Ops#2291'; // cg-expect: CWE-798

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function opsAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? '';
  const [scheme, encoded] = header.split(' ');
  if (scheme === 'Basic' && encoded && OPS_USER && OPS_PASSWORD) {
    const [user, pass] = Buffer.from(encoded, 'base64').toString('utf8').split(':');
    if (same(user ?? '', OPS_USER) && same(pass ?? '', OPS_PASSWORD)) {
      return next();
    }
  }
  res.set('WWW-Authenticate', 'Basic realm="ops"').status(401).end();
}
