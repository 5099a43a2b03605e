const mongoose = require('mongoose');

const Product = mongoose.model('Product', new mongoose.Schema({
  name: String, category: String, published: Boolean, price: Number,
}));

async function findProducts(query) {
  const filter = { published: true };
  if (typeof query.category === 'string') filter.category = query.category;
  if (typeof query.name === 'string') filter.name = query.name;
  return Product.find(filter).limit(50).lean();
}

module.exports = { findProducts };
