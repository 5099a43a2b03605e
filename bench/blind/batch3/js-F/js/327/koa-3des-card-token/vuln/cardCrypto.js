const crypto = require('crypto');

function encryptPan(pan, key) {
  const iv = crypto.randomBytes(8);
  const cipher = crypto.createCipheriv('des-ede3-cbc', key.subarray(0, 24), iv); // cg-expect: CWE-327
  return Buffer.concat([iv, cipher.update(pan, 'utf8'), cipher.final()]).toString('base64');
}

module.exports = { encryptPan };
