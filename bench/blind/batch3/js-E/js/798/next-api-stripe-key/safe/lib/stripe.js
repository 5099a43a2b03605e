import Stripe from 'stripe';

const STRIPE_SECRET = process.env.STRIPE_SECRET_KEY;
if (!STRIPE_SECRET) throw new Error('STRIPE_SECRET_KEY is not set');

export const stripe = new Stripe(STRIPE_SECRET, { apiVersion: '2023-10-16' });

export function toCents(amount) {
  return Math.round(Number(amount) * 100);
}
