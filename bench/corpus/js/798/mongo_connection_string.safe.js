const mongoose = require("mongoose");

async function connect() {
  const uri = process.env.MONGO_URI;
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 5000 });
  return mongoose.connection;
}

module.exports = { connect };
