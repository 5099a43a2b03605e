import { NextRequest, NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { exchangePassword, rotateRefresh } from '@/lib/idp';

const REFRESH_COOKIE = 'rt';

export async function POST(req: NextRequest) {
  const { username, password } = (await req.json()) as { username?: string; password?: string };
  if (!username || !password) return NextResponse.json({ error: 'missing credentials' }, { status: 400 });

  const tokens = await exchangePassword(username, password);
  if (!tokens) return NextResponse.json({ error: 'invalid credentials' }, { status: 401 });

  cookies().set(REFRESH_COOKIE, tokens.refreshToken, { path: '/api/auth', maxAge: tokens.refreshExpiresIn, httpOnly: true, secure: true, sameSite: 'strict' });
  return NextResponse.json({ accessToken: tokens.accessToken, expiresIn: tokens.expiresIn });
}

export async function PUT() {
  const current = cookies().get(REFRESH_COOKIE)?.value;
  if (!current) return NextResponse.json({ error: 'no session' }, { status: 401 });
  const tokens = await rotateRefresh(current);
  if (!tokens) return NextResponse.json({ error: 'session expired' }, { status: 401 });
  cookies().set(REFRESH_COOKIE, tokens.refreshToken, { path: '/api/auth', maxAge: tokens.refreshExpiresIn, httpOnly: true, secure: true, sameSite: 'strict' });
  return NextResponse.json({ accessToken: tokens.accessToken, expiresIn: tokens.expiresIn });
}
