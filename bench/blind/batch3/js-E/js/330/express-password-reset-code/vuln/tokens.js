const crypto = require('crypto');

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function newResetCode(len = 8) {
  let out = '';
  for (let i = 0; i < len; i++) {
    out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)]; // cg-expect: CWE-330
  }
  return out;
}

function requestId() {
  return crypto.randomUUID();
}

module.exports = { newResetCode, requestId };
