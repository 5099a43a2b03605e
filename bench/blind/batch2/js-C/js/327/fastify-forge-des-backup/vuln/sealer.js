const forge = require('node-forge');

class ExportSealer {
  constructor(keyBytes) {
    this.key = forge.util.createBuffer(keyBytes.subarray(0, 8).toString('binary'));
  }

  seal(plaintext) {
    const iv = forge.random.getBytesSync(8);
    const cipher = forge.cipher.createCipher('DES-CBC', this.key); // cg-expect: CWE-327
    cipher.start({ iv });
    cipher.update(forge.util.createBuffer(plaintext, 'utf8'));
    cipher.finish();
    return Buffer.from(iv + cipher.output.getBytes(), 'binary');
  }
}

module.exports = { ExportSealer };
