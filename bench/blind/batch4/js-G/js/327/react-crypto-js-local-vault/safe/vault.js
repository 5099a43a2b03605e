import CryptoJS from 'crypto-js';

export async function sealNote(plain, keyBytes) {
  const key = await crypto.subtle.importKey('raw', keyBytes.slice(0, 32), 'AES-GCM', false, ['encrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain));
  return btoa(String.fromCharCode(...iv, ...new Uint8Array(ct)));
}
