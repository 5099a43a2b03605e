import { NextRequest, NextResponse } from 'next/server';
import { safeInternalPath } from './lib/urls';

export function middleware(req: NextRequest) {
  const cont = req.nextUrl.searchParams.get('continue');
  if (req.nextUrl.pathname === '/go' && cont) {
    return NextResponse.redirect(safeInternalPath(cont, req.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ['/go'] };
