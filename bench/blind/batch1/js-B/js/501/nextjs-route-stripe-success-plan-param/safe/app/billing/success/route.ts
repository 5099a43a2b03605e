import { NextRequest, NextResponse } from 'next/server';
import Stripe from 'stripe';
import { getSession, type AppSession } from '@/lib/session';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// Stripe Checkout success_url: /billing/success?plan=pro&session_id={CHECKOUT_SESSION_ID}
export async function GET(req: NextRequest) {
  const session = await getSession();
  if (!session.userId) return NextResponse.redirect(new URL('/login', req.url));

  const checkoutId = req.nextUrl.searchParams.get('session_id');
  const checkout = checkoutId ? await stripe.checkout.sessions.retrieve(checkoutId) : null;
  const plan = checkout?.metadata?.plan as AppSession['plan'] | undefined;
  if (checkout && checkout.payment_status === 'paid' && checkout.client_reference_id === session.userId && plan) {
    session.plan = plan;
    await session.save();
  }
  return NextResponse.redirect(new URL('/dashboard?upgraded=1', req.url));
}
