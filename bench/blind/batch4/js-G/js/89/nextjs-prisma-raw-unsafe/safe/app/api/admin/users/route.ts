import { NextRequest, NextResponse } from 'next/server';
import { findUsersByEmail } from '@/lib/users';

export async function GET(req: NextRequest) {
  const email = req.nextUrl.searchParams.get('email') ?? '';
  if (email.length < 3) {
    return NextResponse.json({ error: 'query too short' }, { status: 400 });
  }
  const users = await findUsersByEmail(email);
  return NextResponse.json({ users });
}
