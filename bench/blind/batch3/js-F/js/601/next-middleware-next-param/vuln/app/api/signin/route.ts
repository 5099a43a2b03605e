import { NextRequest, NextResponse } from 'next/server';
import { verifyCredentials, createSessionCookie } from '../../../lib/auth';
import { sameOriginPath } from '../../../lib/urls';

export async function POST(req: NextRequest) {
  const form = await req.formData();
  const user = await verifyCredentials(String(form.get('email')), String(form.get('password')));
  if (!user) return NextResponse.redirect(new URL('/signin?error=1', req.url), 303);
  const callback = req.nextUrl.searchParams.get('callbackUrl') ?? '/';
  const res = NextResponse.redirect(new URL(callback, req.url), 303); // cg-expect: CWE-601
  res.cookies.set(createSessionCookie(user.id));
  return res;
}
