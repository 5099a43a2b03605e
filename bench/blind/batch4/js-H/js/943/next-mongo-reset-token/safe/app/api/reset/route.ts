import { NextResponse } from 'next/server';
import { resetPassword } from '@/lib/reset';

export async function POST(req: Request) {
  const body = await req.json();
  const ok = await resetPassword(body.token, body.newPassword);
  return NextResponse.json({ ok }, { status: ok ? 200 : 400 });
}
