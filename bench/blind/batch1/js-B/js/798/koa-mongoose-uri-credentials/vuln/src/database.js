const mongoose = require('mongoose');

const DEFAULT_URI = 'mongodb+srv://catalog_rw:Tq8vZ2pLx5Rk@catalog-prod.x7k2m.mongodb.net/catalog?retryWrites=true&w=majority'; // cg-expect: CWE-798

async function connect() {
  const uri = process.env.MONGO_URI || DEFAULT_URI;
  await mongoose.connect(uri, { maxPoolSize: 20, serverSelectionTimeoutMS: 5000 });
  return mongoose.connection;
}

const Product = mongoose.model(
  'Product',
  new mongoose.Schema({
    sku: { type: String, unique: true, required: true },
    title: String,
    priceCents: Number,
    tags: [String],
  })
);

module.exports = { connect, Product };
