const EMAIL_RE = /^([a-zA-Z0-9]+[._-]?)+@([a-zA-Z0-9]+\.)+[a-zA-Z]{2,}$/;

function isValidEmail(email) {
  return EMAIL_RE.test(email); // cg-expect: CWE-1333
}

module.exports = { isValidEmail };
