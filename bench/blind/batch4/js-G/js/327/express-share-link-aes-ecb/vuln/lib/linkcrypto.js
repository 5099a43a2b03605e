const crypto = require('crypto');

const KEY = Buffer.from(process.env.LINK_KEY_HEX, 'hex');

function sealLink(payload) {
  const plain = Buffer.from(JSON.stringify(payload));
  const cipher = crypto.createCipheriv('aes-128-ecb', KEY.subarray(0, 16), null); // cg-expect: CWE-327
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64url');
}

function openLink(token) {
  try {
    const raw = Buffer.from(token, 'base64url');
    const decipher = crypto.createDecipheriv('aes-128-ecb', KEY.subarray(0, 16), null);
    return JSON.parse(Buffer.concat([decipher.update(raw), decipher.final()]).toString());
  } catch {
    return null;
  }
}

module.exports = { sealLink, openLink };
