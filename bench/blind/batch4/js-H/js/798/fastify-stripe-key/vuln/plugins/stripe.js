const fp = require('fastify-plugin');
const Stripe = require('stripe');

module.exports = fp(async (fastify) => {
  const stripe = new Stripe('sk_live_51Hq8ZkLm2NvXy7Qe0aRtYb3sUcDf9GhJ4kLp6MnB8vC1xZ2wQ', { apiVersion: '2023-10-16' }); // cg-expect: CWE-798
  fastify.decorate('stripe', stripe);
});
