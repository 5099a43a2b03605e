import { NextResponse } from 'next/server';
import { newSessionId } from '../../../lib/session';
import { checkUser, saveSession } from '../../../lib/db';

export async function POST(req: Request) {
  const { email, password } = await req.json();
  const user = await checkUser(email, password);
  if (!user) return NextResponse.json({ error: 'invalid' }, { status: 401 });
  const sid = newSessionId();
  await saveSession(sid, user.id);
  const res = NextResponse.json({ ok: true });
  res.cookies.set('sid', sid, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
  return res;
}
