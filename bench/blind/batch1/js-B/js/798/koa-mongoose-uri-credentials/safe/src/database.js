const mongoose = require('mongoose');

const DEFAULT_URI = 'mongodb://127.0.0.1:27017/catalog_dev';

async function connect() {
  const uri = process.env.MONGO_URI || (process.env.NODE_ENV === 'production' ? null : DEFAULT_URI);
  if (!uri) throw new Error('MONGO_URI must be set in production');
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
