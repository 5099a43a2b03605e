const EMAIL_RE = /^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$/;

function isValidEmail(s) {
  return EMAIL_RE.test(s); // cg-expect: CWE-1333
}
module.exports = { isValidEmail };
