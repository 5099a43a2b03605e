import { NextResponse } from 'next/server';
import { consumeToken } from '@/lib/magic';

export async function POST(request: Request) {
  const body = await request.json();
  const session = await consumeToken(body.token);
  if (!session) {
    return NextResponse.json({ error: 'invalid or expired link' }, { status: 401 });
  }
  const res = NextResponse.json({ ok: true });
  res.cookies.set('sid', session, { httpOnly: true, secure: true, sameSite: 'lax' });
  return res;
}
