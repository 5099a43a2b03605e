import CryptoJS from 'crypto-js';

export async function sealNote(plain, keyBytes) {
  const key = CryptoJS.lib.WordArray.create(keyBytes.slice(0, 24));
  return CryptoJS.TripleDES.encrypt(plain, key, { mode: CryptoJS.mode.ECB }).toString(); // cg-expect: CWE-327
}
