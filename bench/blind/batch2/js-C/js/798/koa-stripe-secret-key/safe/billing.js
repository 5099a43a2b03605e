const Stripe = require('stripe');

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' });

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
