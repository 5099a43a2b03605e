const crypto = require('crypto');

const KEY = Buffer.from(process.env.EXPORT_KEY_HEX, 'hex').subarray(0, 8);

function sealToken(payload) {
  const cipher = crypto.createCipheriv('des-ecb', KEY, null); // cg-expect: CWE-327
  return Buffer.concat([cipher.update(JSON.stringify(payload)), cipher.final()]).toString('base64url');
}

function openToken(token) {
  try {
    const raw = Buffer.from(token, 'base64url');
    const decipher = crypto.createDecipheriv('des-ecb', KEY, null);
    return JSON.parse(Buffer.concat([decipher.update(raw), decipher.final()]).toString());
  } catch {
    return null;
  }
}

module.exports = { sealToken, openToken };
