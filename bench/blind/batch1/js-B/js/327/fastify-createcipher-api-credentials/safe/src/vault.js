import crypto from 'node:crypto';

const PASSPHRASE = process.env.VAULT_PASSPHRASE;
const KEY = crypto.scryptSync(PASSPHRASE, 'integrations-vault-v2', 32);

export function encryptSecret(plain) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const body = cipher.update(plain, 'utf8', 'hex') + cipher.final('hex');
  return [iv.toString('hex'), cipher.getAuthTag().toString('hex'), body].join('.');
}

export function decryptSecret(packed) {
  const [iv, tag, body] = packed.split('.');
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, Buffer.from(iv, 'hex'));
  decipher.setAuthTag(Buffer.from(tag, 'hex'));
  return decipher.update(body, 'hex', 'utf8') + decipher.final('utf8');
}
