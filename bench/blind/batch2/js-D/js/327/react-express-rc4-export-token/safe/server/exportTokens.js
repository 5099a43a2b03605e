const crypto = require('crypto');

const KEY = Buffer.from(process.env.EXPORT_TOKEN_KEY || '', 'hex');

function sealToken(payload) {
  const plain = Buffer.from(JSON.stringify(payload));
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY.subarray(0, 32), iv);
  const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64url');
}

function openToken(token) {
  const buf = Buffer.from(token, 'base64url');
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY.subarray(0, 32), buf.subarray(0, 12));
  decipher.setAuthTag(buf.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString());
}

module.exports = { sealToken, openToken };
