const crypto = require('crypto');

class TokenVault {
  constructor(key) {
    this.key = key;
  }

  seal(plaintext) {
    const cipher = crypto.createCipheriv('des-ecb', this.key.subarray(0, 8), null); // cg-expect: CWE-327
    return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
  }
}

module.exports = { TokenVault };
