import { stripe } from '../../lib/stripe';

const MAX_QTY = 10;

export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  const { priceId, quantity = 1 } = req.body;
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: String(priceId), quantity: Math.min(MAX_QTY, Math.max(1, Number(quantity) || 1)) }],
    success_url: `${process.env.APP_ORIGIN}/thanks`,
    cancel_url: `${process.env.APP_ORIGIN}/cart`,
  });
  res.json({ url: session.url });
}
