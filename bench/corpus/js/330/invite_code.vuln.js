const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

function inviteCode(length = 10) {
  let code = "";
  while (code.length < length) {
    code += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];  // cg-expect: CWE-330
  }
  return code;
}

module.exports = { inviteCode };
