const crypto = require('crypto');

const KEY = Buffer.from(process.env.CARD_KEY_HEX || '', 'hex'); // 32 bytes from the KMS at boot

function encryptPan(pan) {
  const cipher = crypto.createCipheriv('aes-256-ecb', KEY, null); // cg-expect: CWE-327
  return Buffer.concat([cipher.update(pan, 'utf8'), cipher.final()]).toString('base64');
}

function decryptPan(blob) {
  const buf = Buffer.from(blob, 'base64');
  const decipher = crypto.createDecipheriv('aes-256-ecb', KEY, null);
  return Buffer.concat([decipher.update(buf), decipher.final()]).toString('utf8');
}

module.exports = { encryptPan, decryptPan };
