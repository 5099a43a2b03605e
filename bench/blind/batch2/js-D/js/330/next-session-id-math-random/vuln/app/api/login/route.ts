import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { checkCredentials } from '@/lib/users';
import { createSession } from '@/lib/sessions';

export async function POST(request: Request) {
  const { email, password } = await request.json();
  const user = await checkCredentials(String(email), String(password));
  if (!user) {
    return NextResponse.json({ error: 'invalid credentials' }, { status: 401 });
  }
  const sid = await createSession(user.id);
  cookies().set('sid', sid, { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 60 * 60 * 8 });
  return NextResponse.json({ ok: true });
}
