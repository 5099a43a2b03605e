const products = require('./products.json');

const OPS = { eq: (a, b) => a === b, lt: (a, b) => a < b, gt: (a, b) => a > b };

function filterProducts(where) {
  if (!where) return products;
  return products.filter((p) => {
    const { price, stock, category } = p;
    return eval(where); // cg-expect: CWE-94
  });
}

module.exports = { filterProducts, OPS };
