const { MongoClient, ObjectId } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL);
const db = client.db('crm');
const CRITERIA_FIELDS = ['company', 'city', 'stage', 'ownerName'];

function cleanCriteria(criteria) {
  const out = {};
  for (const f of CRITERIA_FIELDS) {
    if (typeof criteria[f] === 'string') out[f] = { $eq: criteria[f] };
  }
  return out;
}

async function save(user, name, criteria) {
  const doc = { owner: user.id, name, criteria: JSON.stringify(criteria || {}) };
  const { insertedId } = await db.collection('views').insertOne(doc);
  return { id: insertedId };
}

async function run(user, id) {
  const view = await db.collection('views').findOne({ _id: new ObjectId(id), owner: user.id });
  if (!view) return [];
  const criteria = cleanCriteria(JSON.parse(view.criteria));
  const filter = Object.assign({}, criteria, { tenantId: user.tenantId });
  return db.collection('contacts').find(filter).limit(200).toArray();
}

module.exports = { save, run };
