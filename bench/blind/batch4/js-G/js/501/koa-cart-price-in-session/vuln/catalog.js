const db = require('./db');

async function find(sku) {
  return db.oneOrNone('SELECT sku, price FROM products WHERE sku = $1 AND active', [String(sku)]);
}

module.exports = { find };
