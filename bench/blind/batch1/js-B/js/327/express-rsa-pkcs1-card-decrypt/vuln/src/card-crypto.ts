import { constants, createPrivateKey, privateDecrypt } from 'crypto';
import { readFileSync } from 'fs';

const privateKey = createPrivateKey({
  key: readFileSync(process.env.CARD_KEY_PATH ?? '/run/secrets/card_rsa.pem'),
  passphrase: process.env.CARD_KEY_PASSPHRASE,
});

export function decryptCardBlob(b64: string): { pan: string; exp: string; cvc: string } {
  const plain = privateDecrypt( // cg-expect: CWE-327
    { key: privateKey, padding: constants.RSA_PKCS1_PADDING },
    Buffer.from(b64, 'base64')
  );
  const parsed = JSON.parse(plain.toString('utf8'));
  if (!/^\d{12,19}$/.test(parsed.pan)) throw new Error('bad pan');
  return parsed;
}
