import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { checkCredentials, signSession } from '@/lib/auth';

export async function POST(req: Request) {
  const { email, password } = await req.json();
  const user = await checkCredentials(email, password);
  if (!user) return NextResponse.json({ error: 'invalid' }, { status: 401 });
  const token = await signSession(user.id);
  cookies().set('session', token, { path: '/', maxAge: 60 * 60 * 24, sameSite: 'lax', secure: true, httpOnly: true });
  return NextResponse.json({ ok: true });
}
