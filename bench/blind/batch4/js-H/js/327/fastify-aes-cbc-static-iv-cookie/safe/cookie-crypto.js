const crypto = require('crypto');
const KEY = crypto.scryptSync(process.env.COOKIE_PASSPHRASE || 'dev', 'cart-cookie', 32);

function encryptCart(obj) {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const ct = Buffer.concat([c.update(JSON.stringify(obj)), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), ct]).toString('base64url');
}
function decryptCart(token) {
  const raw = Buffer.from(token, 'base64url');
  const d = crypto.createDecipheriv('aes-256-gcm', KEY, raw.subarray(0, 12));
  d.setAuthTag(raw.subarray(12, 28));
  return JSON.parse(Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString());
}
module.exports = { encryptCart, decryptCart };
