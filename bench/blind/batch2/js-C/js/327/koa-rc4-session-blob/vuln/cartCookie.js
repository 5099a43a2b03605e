const CryptoJS = require('crypto-js');

const SECRET = process.env.CART_SECRET;

function saveCart(cart) {
  return CryptoJS.RC4.encrypt(JSON.stringify(cart), SECRET).toString(); // cg-expect: CWE-327
}

function loadCart(value) {
  if (!value) return { items: [] };
  try {
    return JSON.parse(CryptoJS.RC4.decrypt(value, SECRET).toString(CryptoJS.enc.Utf8));
  } catch {
    return { items: [] };
  }
}

module.exports = { loadCart, saveCart };
