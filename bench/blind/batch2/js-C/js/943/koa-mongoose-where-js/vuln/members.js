const mongoose = require('mongoose');

const Member = mongoose.model('Member', new mongoose.Schema({ name: String, age: Number, club: String }));

async function listMembers(minAge) {
  return Member.find({ $where: `this.age >= ${minAge}` }).lean(); // cg-expect: CWE-943
}

async function countMembers() {
  return Member.countDocuments({});
}

module.exports = { listMembers, countMembers };
