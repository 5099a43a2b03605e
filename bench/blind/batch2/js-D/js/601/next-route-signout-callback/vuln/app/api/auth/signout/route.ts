import { NextRequest, NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { resolveCallback } from '@/lib/callback';

export async function GET(req: NextRequest) {
  const callbackUrl = req.nextUrl.searchParams.get('callbackUrl') ?? '/';
  cookies().delete('session');
  const target = resolveCallback(callbackUrl, req.url);
  return NextResponse.redirect(target); // cg-expect: CWE-601
}

export async function POST(req: NextRequest) {
  return GET(req);
}
