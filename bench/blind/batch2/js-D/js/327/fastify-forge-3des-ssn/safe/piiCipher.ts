import forge from 'node-forge';

export class PiiCipher {
  private key: string;

  constructor(keyB64: string) {
    this.key = forge.util.decode64(keyB64);
  }

  encrypt(plain: string): string {
    const iv = forge.random.getBytesSync(12);
    const cipher = forge.cipher.createCipher('AES-GCM', this.key.slice(0, 32));
    cipher.start({ iv });
    cipher.update(forge.util.createBuffer(plain, 'utf8'));
    cipher.finish();
    return forge.util.encode64(iv + cipher.mode.tag.getBytes() + cipher.output.getBytes());
  }
}
