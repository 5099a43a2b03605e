const serialize = require('serialize-javascript');

function loadCart(cookie) {
  if (!cookie) return { items: [] };
  const text = Buffer.from(cookie, 'base64').toString('utf8');
  let cart;
  try { cart = JSON.parse(text); } catch { return { items: [] }; }
  return { items: Array.isArray(cart.items) ? cart.items : [] };
}

function saveCart(cart) {
  return Buffer.from(JSON.stringify(cart)).toString('base64');
}

module.exports = { loadCart, saveCart };
