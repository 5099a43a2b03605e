import Stripe from 'stripe';

export const stripe = new Stripe('sk_live_51Hx9QkL2mNvB7cRt4YpZa8WdE3fGhJ6kLmN0pQrStUvWxYz1a2b3c4d5e6f7g8h', { apiVersion: '2023-10-16' }); // cg-expect: CWE-798
