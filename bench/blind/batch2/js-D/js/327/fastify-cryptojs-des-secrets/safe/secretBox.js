const { webcrypto } = require('crypto');

class SecretBox {
  constructor(keyMaterial) {
    this.keyMaterial = keyMaterial;
  }

  async key() {
    if (!this._key) {
      const raw = Buffer.from(this.keyMaterial, 'base64');
      this._key = await webcrypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
    }
    return this._key;
  }

  async encrypt(plaintext) {
    const iv = webcrypto.getRandomValues(new Uint8Array(12));
    const ct = await webcrypto.subtle.encrypt({ name: 'AES-GCM', iv }, await this.key(), Buffer.from(plaintext));
    return `${Buffer.from(iv).toString('base64')}.${Buffer.from(ct).toString('base64')}`;
  }

  async decrypt(sealed) {
    const [iv, ct] = sealed.split('.').map((p) => Buffer.from(p, 'base64'));
    const pt = await webcrypto.subtle.decrypt({ name: 'AES-GCM', iv }, await this.key(), ct);
    return Buffer.from(pt).toString('utf8');
  }
}

module.exports = { SecretBox };
