import { NextResponse } from 'next/server';
import { stripe } from '@/lib/stripe';
import { getCart } from '@/lib/cart';

export async function POST(request: Request) {
  const { cartId } = await request.json();
  const cart = await getCart(String(cartId));
  if (!cart || cart.items.length === 0) {
    return NextResponse.json({ error: 'empty cart' }, { status: 400 });
  }
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: cart.items.map((i) => ({ price: i.priceId, quantity: i.qty })),
    success_url: 'https://shop.example.com/thanks?session_id={CHECKOUT_SESSION_ID}',
    cancel_url: 'https://shop.example.com/cart',
  });
  return NextResponse.json({ url: session.url });
}
