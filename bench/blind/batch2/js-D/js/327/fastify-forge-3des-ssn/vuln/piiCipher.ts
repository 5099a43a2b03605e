import forge from 'node-forge';

export class PiiCipher {
  private key: string;

  constructor(keyB64: string) {
    this.key = forge.util.decode64(keyB64);
  }

  encrypt(plain: string): string {
    const iv = forge.random.getBytesSync(8);
    const cipher = forge.cipher.createCipher('3DES-CBC', this.key.slice(0, 24)); // cg-expect: CWE-327
    cipher.start({ iv });
    cipher.update(forge.util.createBuffer(plain, 'utf8'));
    cipher.finish();
    return forge.util.encode64(iv + cipher.output.getBytes());
  }
}
