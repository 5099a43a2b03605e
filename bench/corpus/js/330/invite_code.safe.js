const { randomInt } = require("crypto");

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

function inviteCode(length = 10) {
  let code = "";
  while (code.length < length) {
    code += ALPHABET[randomInt(ALPHABET.length)];
  }
  return code;
}

module.exports = { inviteCode };
