import { NextRequest, NextResponse } from 'next/server';
import { seal } from '@/lib/seal';

export async function GET(req: NextRequest) {
  const returnTo = req.nextUrl.searchParams.get('returnTo') ?? '/';
  const state = {
    returnTo: returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/',
    issuedAt: Date.now(),
  };
  const res = NextResponse.redirect('https://id.example.com/authorize?client_id=web');
  res.cookies.set('auth_state', seal(state), {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    maxAge: 600,
    path: '/',
  });
  return res;
}
