import { NextRequest, NextResponse } from 'next/server';
import { getSession, type AppSession } from '@/lib/session';

// Stripe Checkout success_url: /billing/success?plan=pro&session_id={CHECKOUT_SESSION_ID}
export async function GET(req: NextRequest) {
  const session = await getSession();
  if (!session.userId) return NextResponse.redirect(new URL('/login', req.url));

  const plan = req.nextUrl.searchParams.get('plan') as AppSession['plan'] | null;
  if (plan) {
    session.plan = plan; // cg-expect: CWE-501
    await session.save();
  }
  return NextResponse.redirect(new URL('/dashboard?upgraded=1', req.url));
}
