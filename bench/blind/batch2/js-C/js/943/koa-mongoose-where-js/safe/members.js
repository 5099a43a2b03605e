const mongoose = require('mongoose');

const Member = mongoose.model('Member', new mongoose.Schema({ name: String, age: Number, club: String }));

async function listMembers(minAge) {
  const n = Number.parseInt(minAge, 10);
  if (!Number.isFinite(n)) throw new Error('minAge must be a number');
  return Member.find({ age: { $gte: n } }).lean();
}

async function countMembers() {
  return Member.countDocuments({});
}

module.exports = { listMembers, countMembers };
