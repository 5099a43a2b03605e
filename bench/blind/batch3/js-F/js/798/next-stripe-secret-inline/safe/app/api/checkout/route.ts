import { NextResponse } from 'next/server';
import { stripe } from '../../../lib/stripe';

export async function POST(req: Request) {
  const { priceId, quantity } = await req.json();
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: String(priceId), quantity: Math.max(1, Number(quantity) || 1) }],
    success_url: `${process.env.NEXT_PUBLIC_BASE_URL}/thanks`,
    cancel_url: `${process.env.NEXT_PUBLIC_BASE_URL}/cart`,
  });
  return NextResponse.json({ url: session.url });
}
