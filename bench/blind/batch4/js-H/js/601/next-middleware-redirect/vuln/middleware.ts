import { NextRequest, NextResponse } from 'next/server';
import { safeInternalPath } from './lib/urls';

export function middleware(req: NextRequest) {
  const cont = req.nextUrl.searchParams.get('continue');
  if (req.nextUrl.pathname === '/go' && cont) {
    return NextResponse.redirect(new URL(cont, req.url)); // cg-expect: CWE-601
  }
  return NextResponse.next();
}

export const config = { matcher: ['/go'] };
