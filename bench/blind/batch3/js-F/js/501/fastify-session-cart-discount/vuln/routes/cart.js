const promos = require('../db/promos');

module.exports = async function (fastify) {
  fastify.post('/cart/promo', async (request) => {
    const { code, discountPercent } = request.body;
    const promo = await promos.find(code);
    if (!promo) return { applied: false };
    request.session.set('discountPercent', Number(discountPercent ?? promo.percent)); // cg-expect: CWE-501
    return { applied: true };
  });
};
