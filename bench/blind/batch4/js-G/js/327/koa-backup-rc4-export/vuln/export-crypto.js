const crypto = require('crypto');

function encryptExport(plain, passphrase) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(passphrase, salt, 16);
  const cipher = crypto.createCipheriv('rc4', key, null); // cg-expect: CWE-327
  return Buffer.concat([salt, cipher.update(plain), cipher.final()]);
}

module.exports = { encryptExport };
