import { NextRequest, NextResponse } from 'next/server';
import { consumeMagicToken, createSessionCookie } from '@/lib/magic-link';

export async function GET(req: NextRequest) {
  const token = req.nextUrl.searchParams.get('token') ?? '';
  const callbackUrl = req.nextUrl.searchParams.get('callbackUrl') ?? '/dashboard';

  const userId = await consumeMagicToken(token);
  if (!userId) {
    return NextResponse.redirect(new URL('/login?error=expired', req.url));
  }
  const res = NextResponse.redirect(new URL(callbackUrl, req.url)); // cg-expect: CWE-601
  res.cookies.set(await createSessionCookie(userId));
  return res;
}
