const fastify = require('fastify')();
const { MongoClient } = require('mongodb');
const { findProducts } = require('./products');

const mongo = new MongoClient('mongodb://db:27017');

fastify.get('/products', async (request) => {
  const db = mongo.db('shop');
  const items = await findProducts(db, request.query.tag || '');
  return { items };
});

mongo.connect().then(() => fastify.listen({ port: 3000 }));
