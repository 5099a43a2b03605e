const mongoose = require('mongoose');

const Product = mongoose.model('Product', new mongoose.Schema({
  name: String, category: String, published: Boolean, price: Number,
}));

async function findProducts(query) {
  const filter = { ...query, published: true };
  return Product.find(filter).limit(50).lean(); // cg-expect: CWE-943
}

module.exports = { findProducts };
