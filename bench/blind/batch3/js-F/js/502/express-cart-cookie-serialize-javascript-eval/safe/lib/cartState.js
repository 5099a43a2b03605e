const serialize = require('serialize-javascript');

function dumpCart(cart) {
  return Buffer.from(serialize(cart, { isJSON: true })).toString('base64url');
}

function loadCart(cookieValue) {
  if (!cookieValue) return { items: [] };
  const text = Buffer.from(cookieValue, 'base64url').toString('utf8');
  const data = JSON.parse(text);
  return { items: Array.isArray(data.items) ? data.items.map((i) => ({ sku: String(i.sku), qty: Number(i.qty) })) : [] };
}

module.exports = { dumpCart, loadCart };
