const { salesByStatus } = require('../services/reportService');

module.exports = async function (fastify) {
  fastify.get('/reports/sales', async (request) => {
    const { status = 'paid', from = '2024-01-01' } = request.query;
    return salesByStatus(fastify.sequelize, status, from);
  });
};
