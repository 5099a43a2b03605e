import { createCheckout } from './billing.js';

const PRICES = { starter: 'price_1NqTAaKp3ZfR2xYwStarter', team: 'price_1NqTBbKp3ZfR2xYwTeam00' };

export default async function billingRoutes(app) {
  app.post('/billing/checkout', { onRequest: [app.authenticate] }, async (request, reply) => {
    const priceId = PRICES[request.body?.plan];
    if (!priceId) return reply.code(400).send({ error: 'unknown plan' });
    const session = await createCheckout({
      customerEmail: request.user.email,
      priceId,
      successUrl: `${process.env.APP_URL}/billing/done?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${process.env.APP_URL}/billing`,
    });
    return { url: session.url };
  });
}
