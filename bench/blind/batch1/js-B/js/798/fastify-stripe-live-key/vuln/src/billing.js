import Stripe from 'stripe';

const stripe = new Stripe('sk_live_51NqT8vKp3ZfR2xYwQm7HcJd9LbVe4Ua6Ts1GiNo0PkXr5WyEzAhB2CjDlFgMnOs3QtRu', { apiVersion: '2024-06-20' }); // cg-expect: CWE-798

export async function createCheckout({ customerEmail, priceId, successUrl, cancelUrl }) {
  return stripe.checkout.sessions.create({
    mode: 'subscription',
    customer_email: customerEmail,
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: successUrl,
    cancel_url: cancelUrl,
  });
}

export async function cancelSubscription(subscriptionId) {
  return stripe.subscriptions.cancel(subscriptionId);
}
