const { MongoClient, ObjectId } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL);
const db = client.db('crm');

async function save(user, name, criteria) {
  const doc = { owner: user.id, name, criteria: JSON.stringify(criteria || {}) };
  const { insertedId } = await db.collection('views').insertOne(doc);
  return { id: insertedId };
}

async function run(user, id) {
  const view = await db.collection('views').findOne({ _id: new ObjectId(id), owner: user.id });
  if (!view) return [];
  const criteria = JSON.parse(view.criteria);
  const filter = Object.assign({ tenantId: user.tenantId }, criteria);
  return db.collection('contacts').find(filter).limit(200).toArray(); // cg-expect: CWE-943
}

module.exports = { save, run };
