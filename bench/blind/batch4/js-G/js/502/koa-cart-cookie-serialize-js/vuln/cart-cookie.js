const serialize = require('serialize-javascript');

function loadCart(cookie) {
  if (!cookie) return { items: [] };
  const text = Buffer.from(cookie, 'base64').toString('utf8');
  const cart = eval('(' + text + ')'); // cg-expect: CWE-502, CWE-94
  return { items: Array.isArray(cart.items) ? cart.items : [] };
}

function saveCart(cart) {
  return Buffer.from(serialize(cart)).toString('base64');
}

module.exports = { loadCart, saveCart };
