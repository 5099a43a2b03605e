const { MongoClient } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL);
const docs = client.db('cms').collection('documents');

const FIELDS = ['status', 'author', 'lang'];

async function listDocs(tenantId, filter) {
  const query = Object.assign({ tenantId }, filter);
  return docs.find(query, { projection: { body: 0 } }).limit(100).toArray(); // cg-expect: CWE-943
}

module.exports = { listDocs };
