import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { exchangeCredentials } from '@/lib/authApi';

export async function POST(request: Request) {
  const { email, password } = await request.json();
  const result = await exchangeCredentials(String(email), String(password));
  if (!result) {
    return NextResponse.json({ error: 'invalid credentials' }, { status: 401 });
  }
  cookies().set('auth_token', result.jwt, {
    path: '/',
    maxAge: result.expiresIn,
    sameSite: 'lax',
    httpOnly: true,
    secure: true,
  });
  return NextResponse.json({ user: result.user });
}

export async function DELETE() {
  cookies().delete('auth_token');
  return NextResponse.json({ ok: true });
}
