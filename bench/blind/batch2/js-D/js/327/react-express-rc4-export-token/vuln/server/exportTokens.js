const crypto = require('crypto');

const KEY = Buffer.from(process.env.EXPORT_TOKEN_KEY || '', 'hex');

function sealToken(payload) {
  const plain = Buffer.from(JSON.stringify(payload));
  const cipher = crypto.createCipheriv('rc4', KEY.subarray(0, 16), null); // cg-expect: CWE-327
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64url');
}

function openToken(token) {
  const buf = Buffer.from(token, 'base64url');
  const decipher = crypto.createDecipheriv('rc4', KEY.subarray(0, 16), null);
  return JSON.parse(Buffer.concat([decipher.update(buf), decipher.final()]).toString());
}

module.exports = { sealToken, openToken };
