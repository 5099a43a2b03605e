import crypto from 'node:crypto';

const PASSPHRASE = process.env.VAULT_PASSPHRASE;

export function encryptSecret(plain) {
  const cipher = crypto.createCipher('aes-256-cbc', PASSPHRASE); // cg-expect: CWE-327
  return cipher.update(plain, 'utf8', 'hex') + cipher.final('hex');
}

export function decryptSecret(hex) {
  const decipher = crypto.createDecipher('aes-256-cbc', PASSPHRASE);
  return decipher.update(hex, 'hex', 'utf8') + decipher.final('utf8');
}
