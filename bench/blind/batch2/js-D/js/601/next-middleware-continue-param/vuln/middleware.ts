import { NextRequest, NextResponse } from 'next/server';
import { continueTarget } from './lib/continue';

export function middleware(req: NextRequest) {
  const session = req.cookies.get('session')?.value;
  const { pathname, searchParams } = req.nextUrl;

  if (pathname === '/login' && session) {
    const target = continueTarget(searchParams.get('continue'), req.nextUrl.origin);
    return NextResponse.redirect(target); // cg-expect: CWE-601
  }

  if (pathname.startsWith('/app') && !session) {
    const login = new URL('/login', req.nextUrl.origin);
    login.searchParams.set('continue', pathname + req.nextUrl.search);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
}

export const config = { matcher: ['/login', '/app/:path*'] };
