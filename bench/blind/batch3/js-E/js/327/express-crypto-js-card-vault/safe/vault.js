const CryptoJS = require('crypto-js');
const crypto = require('crypto');

const KEY_HEX = process.env.VAULT_KEY_HEX;

function encrypt(plain) {
  const key = Buffer.from(KEY_HEX, 'hex');
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
  return [iv, c.getAuthTag(), ct].map((b) => b.toString('base64')).join('.');
}

module.exports = { encrypt };
