module.exports = async function (fastify) {
  fastify.post('/billing/portal', async (request) => {
    const session = await fastify.stripe.billingPortal.sessions.create({ customer: request.user.stripeCustomerId, return_url: 'https://acme.io/account' });
    return { url: session.url };
  });
};
