const CryptoJS = require('crypto-js');
const crypto = require('crypto');

const KEY_HEX = process.env.VAULT_KEY_HEX;

function encrypt(plain) {
  const key = CryptoJS.enc.Hex.parse(KEY_HEX.slice(0, 48));
  return CryptoJS.TripleDES.encrypt(plain, key, { mode: CryptoJS.mode.ECB }).toString(); // cg-expect: CWE-327
}

module.exports = { encrypt };
