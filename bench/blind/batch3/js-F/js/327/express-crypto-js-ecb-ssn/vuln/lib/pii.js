const CryptoJS = require('crypto-js');
const crypto = require('crypto');

function encryptSsn(ssn, keyHex) {
  const key = CryptoJS.enc.Hex.parse(keyHex);
  return CryptoJS.AES.encrypt(ssn, key, { mode: CryptoJS.mode.ECB, padding: CryptoJS.pad.Pkcs7 }).toString(); // cg-expect: CWE-327
}

module.exports = { encryptSsn };
