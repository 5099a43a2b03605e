const { MongoClient } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL);
const ready = client.connect();

async function users() {
  await ready;
  return client.db('app').collection('users');
}

module.exports = { users };
