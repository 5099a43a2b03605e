const serialize = require('serialize-javascript');

function dumpCart(cart) {
  return Buffer.from(serialize(cart, { isJSON: true })).toString('base64url');
}

function loadCart(cookieValue) {
  if (!cookieValue) return { items: [] };
  const text = Buffer.from(cookieValue, 'base64url').toString('utf8');
  return eval('(' + text + ')'); // cg-expect: CWE-502
}

module.exports = { dumpCart, loadCart };
