const { ObjectId } = require('mongodb');

const EDITABLE = ['displayName', 'bio', 'timezone'];

async function updateProfile(db, userId, body) {
  const fields = {};
  for (const k of EDITABLE) {
    if (typeof body[k] === 'string') fields[k] = body[k].slice(0, 500);
  }
  return db.collection('users').updateOne({ _id: new ObjectId(userId) }, { $set: fields });
}

module.exports = { updateProfile };
