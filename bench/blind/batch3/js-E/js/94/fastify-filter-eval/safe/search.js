const products = require('./products.json');

const OPS = { eq: (a, b) => a === b, lt: (a, b) => a < b, gt: (a, b) => a > b };

function filterProducts(where) {
  if (!where) return products;
  const m = /^(price|stock|category):(eq|lt|gt):(.{1,64})$/.exec(where);
  if (!m) return [];
  const [, field, op, raw] = m;
  const val = field === 'category' ? raw : Number(raw);
  return products.filter((p) => OPS[op](p[field], val));
}

module.exports = { filterProducts, OPS };
