const Fastify = require('fastify');
const qs = require('qs');
const { MongoClient } = require('mongodb');
const { Catalog } = require('./catalog');

const app = Fastify({ querystringParser: (str) => qs.parse(str) });
const mongo = new MongoClient(process.env.MONGO_URL);

app.register(async (instance) => {
  await mongo.connect();
  const catalog = new Catalog(mongo.db('store').collection('items'));

  instance.get('/items', async (request) => {
    const items = await catalog.search(request.query.filter || {}, request.query.limit);
    return { items };
  });
});

app.listen({ port: 4000 });
