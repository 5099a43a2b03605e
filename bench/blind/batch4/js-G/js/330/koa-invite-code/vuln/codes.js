const crypto = require('crypto');

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
let seed = Date.now() % 2147483647;

function nextRand() {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
}

function newInviteCode() {
  let code = '';
  for (let i = 0; i < 12; i++) {
    code += ALPHABET[Math.floor(nextRand() * ALPHABET.length)]; // cg-expect: CWE-330
  }
  return code;
}

module.exports = { newInviteCode };
