import CryptoJS from 'crypto-js';

export function sealForServer(plaintext, userKey) {
  return CryptoJS.AES.encrypt(plaintext, userKey).toString();
}

export function openFromServer(ciphertext, userKey) {
  return CryptoJS.AES.decrypt(ciphertext, userKey).toString(CryptoJS.enc.Utf8);
}
