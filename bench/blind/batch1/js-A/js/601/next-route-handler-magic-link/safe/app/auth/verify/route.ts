import { NextRequest, NextResponse } from 'next/server';
import { consumeMagicToken, createSessionCookie } from '@/lib/magic-link';

export async function GET(req: NextRequest) {
  const token = req.nextUrl.searchParams.get('token') ?? '';
  const callbackUrl = req.nextUrl.searchParams.get('callbackUrl') ?? '/dashboard';

  const userId = await consumeMagicToken(token);
  if (!userId) {
    return NextResponse.redirect(new URL('/login?error=expired', req.url));
  }
  let target = new URL(callbackUrl, req.url);
  if (target.origin !== req.nextUrl.origin) target = new URL('/dashboard', req.url);
  const res = NextResponse.redirect(target);
  res.cookies.set(await createSessionCookie(userId));
  return res;
}
