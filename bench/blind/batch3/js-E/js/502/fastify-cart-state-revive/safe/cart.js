const serialize = require('serialize-javascript');

function Cart(items) {
  this.items = items;
}
Cart.prototype.total = function total() {
  return this.items.reduce((s, i) => s + i.price * i.qty, 0);
};

function dumpCart(cart) {
  return serialize({ items: cart.items }, { isJSON: true });
}

function restoreCart(state) {
  const data = JSON.parse(state);
  const items = Array.isArray(data.items) ? data.items.map((i) => ({ sku: String(i.sku), price: Number(i.price), qty: Number(i.qty) })) : [];
  return new Cart(items);
}

module.exports = { restoreCart, dumpCart };
