import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { verifyCredentials, createSession } from '@/lib/auth';

export async function POST(request: Request) {
  const { email, password } = await request.json();
  const user = await verifyCredentials(String(email), String(password));
  if (!user) {
    return NextResponse.json({ error: 'invalid credentials' }, { status: 401 });
  }
  const token = await createSession(user.id);
  cookies().set('session_token', token, { // cg-expect: CWE-614
    path: '/',
    maxAge: 60 * 60 * 24 * 7,
    sameSite: 'lax',
    httpOnly: false,
  });
  return NextResponse.json({ ok: true });
}
