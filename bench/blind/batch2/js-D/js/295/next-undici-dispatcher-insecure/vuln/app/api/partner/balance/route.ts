import { NextRequest, NextResponse } from 'next/server';
import { partnerFetch } from '@/lib/partnerClient';

export async function GET(req: NextRequest) {
  const accountId = req.nextUrl.searchParams.get('account');
  if (!accountId || !/^\d{6,12}$/.test(accountId)) {
    return NextResponse.json({ error: 'invalid account' }, { status: 400 });
  }
  const res = await partnerFetch(`/accounts/${accountId}/balance`);
  if (!res.ok) {
    return NextResponse.json({ error: 'partner error' }, { status: 502 });
  }
  const body = await res.json();
  return NextResponse.json({ balance: body.available, currency: body.currency });
}
