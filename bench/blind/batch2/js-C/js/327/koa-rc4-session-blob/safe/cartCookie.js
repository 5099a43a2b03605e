const crypto = require('crypto');

const SECRET = process.env.CART_SECRET;

function saveCart(cart) {
  const key = crypto.createHash('sha256').update(SECRET).digest();
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const enc = Buffer.concat([c.update(JSON.stringify(cart)), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), enc]).toString('base64url');
}

function loadCart(value) {
  if (!value) return { items: [] };
  try {
    const key = crypto.createHash('sha256').update(SECRET).digest();
    const raw = Buffer.from(value, 'base64url');
    const d = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    d.setAuthTag(raw.subarray(12, 28));
    return JSON.parse(Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString());
  } catch {
    return { items: [] };
  }
}

module.exports = { loadCart, saveCart };
