import CryptoJS from 'crypto-js';

export function sealForServer(plaintext, userKey) {
  return CryptoJS.TripleDES.encrypt(plaintext, userKey).toString(); // cg-expect: CWE-327
}

export function openFromServer(ciphertext, userKey) {
  return CryptoJS.TripleDES.decrypt(ciphertext, userKey).toString(CryptoJS.enc.Utf8);
}
