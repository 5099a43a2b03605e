const Stripe = require('stripe');

const stripe = new Stripe('sk_live_51Pq3ZkFS5OHir9HgcQ4htdjUqdPPvvbv89nMrQijZu4OM40gtWldGJwiqCXjfA00xYz1a2B3', { apiVersion: '2024-06-20' }); // cg-expect: CWE-798

async function createCheckout(customerEmail, priceId) {
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer_email: customerEmail,
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: 'https://app.example.com/billing/success',
    cancel_url: 'https://app.example.com/billing',
  });
  return session.url;
}

module.exports = { createCheckout };
