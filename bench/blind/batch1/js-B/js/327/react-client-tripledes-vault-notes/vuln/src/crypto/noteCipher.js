import CryptoJS from 'crypto-js';

// End-to-end: the server only ever sees ciphertext.
export async function sealNote(plaintext, passphrase) {
  const salt = CryptoJS.lib.WordArray.random(16);
  const key = CryptoJS.PBKDF2(passphrase, salt, { keySize: 192 / 32, iterations: 100000 });
  const iv = CryptoJS.lib.WordArray.random(8);
  const sealed = CryptoJS.TripleDES.encrypt(plaintext, key, { iv, mode: CryptoJS.mode.CBC }); // cg-expect: CWE-327
  return [salt.toString(), iv.toString(), sealed.ciphertext.toString(CryptoJS.enc.Base64)].join(':');
}
