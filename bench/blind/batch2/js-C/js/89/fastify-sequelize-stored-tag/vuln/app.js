const fastify = require('fastify')();
const { sequelize, Favorite } = require('./models');
const { relatedPosts } = require('./related');

fastify.get('/users/:userId/feed', async (request) => {
  const fav = await Favorite.findOne({ where: { userId: request.params.userId } });
  if (!fav) return [];
  return relatedPosts(sequelize, fav.tag);
});

fastify.listen({ port: 3002 });
