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
  const data = new Function('return (' + state + ')')(); // cg-expect: CWE-502, CWE-94
  return new Cart(Array.isArray(data.items) ? data.items : []);
}

module.exports = { restoreCart, dumpCart };
