import Stripe from 'stripe';

const STRIPE_SECRET = 'sk_live_51Nq8ZxKc3Lr0T9vBq7mWdP2sYh6GfJ4aE1uXo8RtCzV5bNn3Ki'; // cg-expect: CWE-798

export const stripe = new Stripe(STRIPE_SECRET, { apiVersion: '2023-10-16' });

export function toCents(amount) {
  return Math.round(Number(amount) * 100);
}
