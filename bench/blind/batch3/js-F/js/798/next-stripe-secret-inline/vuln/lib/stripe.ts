import Stripe from 'stripe';

export const stripe = new Stripe('sk_live_51N8xQbK2mZp7RtVw9dLh3Yc4TfGj6UeA0sPq', { apiVersion: '2023-10-16' }); // cg-expect: CWE-798
