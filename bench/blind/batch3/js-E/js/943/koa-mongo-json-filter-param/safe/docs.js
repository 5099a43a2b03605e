const { MongoClient } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL);
const docs = client.db('cms').collection('documents');

const FIELDS = ['status', 'author', 'lang'];

async function listDocs(tenantId, filter) {
  const query = { tenantId };
  for (const f of FIELDS) {
    if (typeof filter[f] === 'string') query[f] = { $eq: filter[f] };
  }
  return docs.find(query, { projection: { body: 0 } }).limit(100).toArray();
}

module.exports = { listDocs };
