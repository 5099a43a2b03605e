const { ObjectId } = require('mongodb');

const EDITABLE = ['displayName', 'bio', 'timezone'];

async function updateProfile(db, userId, body) {
  const update = body.$set ? body : { $set: body };
  return db.collection('users').updateOne({ _id: new ObjectId(userId) }, update); // cg-expect: CWE-943
}

module.exports = { updateProfile };
