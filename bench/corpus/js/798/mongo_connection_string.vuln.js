const mongoose = require("mongoose");

async function connect() {
  const uri = "mongodb://app_admin:Br1ght-Lantern-88@mongo.internal:27017/shop";  // cg-expect: CWE-798
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 5000 });
  return mongoose.connection;
}

module.exports = { connect };
