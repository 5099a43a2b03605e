import { NextRequest, NextResponse } from 'next/server';
import { pickLocale } from './lib/locale';

export function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (/^\/(en|de|fr|es)(\/|$)/.test(pathname)) {
    return NextResponse.next();
  }
  const locale = pickLocale(req.headers.get('accept-language'));
  const url = req.nextUrl.clone();
  url.pathname = `/${locale}${pathname}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ['/((?!_next|api|favicon.ico).*)'] };
