import { NextRequest, NextResponse } from 'next/server';
import { timingSafeEqualStr } from './lib/compare';

const ADMIN_USER = process.env.ADMIN_USER ?? '';
const ADMIN_PASS = process.env.ADMIN_PASS ?? '';

export function middleware(req: NextRequest) {
  const header = req.headers.get('authorization') ?? '';
  const [scheme, encoded] = header.split(' ');
  if (ADMIN_USER && ADMIN_PASS && scheme === 'Basic' && encoded) {
    const [user, pass] = atob(encoded).split(':');
    if (timingSafeEqualStr(user, ADMIN_USER) && timingSafeEqualStr(pass, ADMIN_PASS)) return NextResponse.next();
  }
  return new NextResponse('Authentication required', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="admin"' } });
}
export const config = { matcher: ['/admin/:path*'] };
