const mongoose = require('mongoose');

const Member = mongoose.model('Member', new mongoose.Schema({ name: String, club: String, birthYear: Number }));

async function listMembers(club, minAge) {
  const year = new Date().getFullYear();
  const age = Math.max(0, parseInt(minAge, 10) || 0);
  return Member.find({ club: String(club) })
    .where('birthYear').lte(year - age)
    .select('name club birthYear')
    .lean();
}

async function countMembers() {
  return Member.estimatedDocumentCount();
}

module.exports = { listMembers, countMembers };
