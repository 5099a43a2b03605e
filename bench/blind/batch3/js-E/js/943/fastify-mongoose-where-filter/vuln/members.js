const mongoose = require('mongoose');

const Member = mongoose.model('Member', new mongoose.Schema({ name: String, club: String, birthYear: Number }));

async function listMembers(club, minAge) {
  const year = new Date().getFullYear();
  return Member.find({ club: String(club) }) // cg-expect: CWE-943
    .where({ $where: `${year} - this.birthYear >= ${minAge}` })
    .select('name club birthYear')
    .lean();
}

async function countMembers() {
  return Member.estimatedDocumentCount();
}

module.exports = { listMembers, countMembers };
