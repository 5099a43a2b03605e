const fp = require('fastify-plugin');
const { Sequelize } = require('sequelize');

module.exports = fp(async (fastify) => {
  const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false, pool: { max: 10 } });
  await sequelize.authenticate();
  fastify.decorate('sequelize', sequelize);
  fastify.addHook('onClose', async () => sequelize.close());
});
