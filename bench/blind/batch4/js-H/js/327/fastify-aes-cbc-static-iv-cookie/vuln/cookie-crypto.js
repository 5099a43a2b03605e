const crypto = require('crypto');
const KEY = crypto.scryptSync(process.env.COOKIE_PASSPHRASE || 'dev', 'cart-cookie', 32);
const ZERO_IV = Buffer.alloc(16, 0);

function encryptCart(obj) {
  const c = crypto.createCipheriv('aes-256-cbc', KEY, ZERO_IV); // cg-expect: CWE-327
  return Buffer.concat([c.update(JSON.stringify(obj)), c.final()]).toString('base64url');
}
function decryptCart(token) {
  const d = crypto.createDecipheriv('aes-256-cbc', KEY, ZERO_IV);
  return JSON.parse(Buffer.concat([d.update(Buffer.from(token, 'base64url')), d.final()]).toString());
}
module.exports = { encryptCart, decryptCart };
