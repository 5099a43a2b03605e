const fp = require('fastify-plugin');
const Stripe = require('stripe');

module.exports = fp(async (fastify) => {
  const key = process.env.STRIPE_SECRET_KEY;
  if (!key) throw new Error('STRIPE_SECRET_KEY missing');
  const stripe = new Stripe(key, { apiVersion: '2023-10-16' });
  fastify.decorate('stripe', stripe);
});
