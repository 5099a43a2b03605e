const forge = require('node-forge');

class ExportSealer {
  constructor(keyBytes) {
    this.key = forge.util.createBuffer(keyBytes.subarray(0, 32).toString('binary'));
  }

  seal(plaintext) {
    const iv = forge.random.getBytesSync(12);
    const cipher = forge.cipher.createCipher('AES-GCM', this.key);
    cipher.start({ iv });
    cipher.update(forge.util.createBuffer(plaintext, 'utf8'));
    cipher.finish();
    return Buffer.from(iv + cipher.mode.tag.getBytes() + cipher.output.getBytes(), 'binary');
  }
}

module.exports = { ExportSealer };
