const CryptoJS = require('crypto-js');

class SecretBox {
  constructor(keyMaterial) {
    this.keyMaterial = keyMaterial;
  }

  async encrypt(plaintext) {
    return CryptoJS.DES.encrypt(plaintext, this.keyMaterial).toString(); // cg-expect: CWE-327
  }

  async decrypt(sealed) {
    return CryptoJS.DES.decrypt(sealed, this.keyMaterial).toString(CryptoJS.enc.Utf8);
  }
}

module.exports = { SecretBox };
