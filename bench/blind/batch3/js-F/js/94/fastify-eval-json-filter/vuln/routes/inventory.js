const { makePredicate } = require('../lib/filter');
const inventory = require('../db/inventory');

module.exports = async function (fastify) {
  fastify.get('/inventory', async (request) => {
    const items = await inventory.all();
    if (!request.query.where) return items;
    return items.filter(makePredicate(request.query.where));
  });
};
