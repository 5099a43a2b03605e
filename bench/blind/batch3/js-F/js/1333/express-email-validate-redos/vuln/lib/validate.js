const EMAIL_RE = /^([a-zA-Z0-9]+[._-]?)*[a-zA-Z0-9]+@([a-zA-Z0-9]+\.)+[a-zA-Z]{2,}$/;

function isEmail(value) {
  if (typeof value !== 'string' || value.length > 254) return false;
  return EMAIL_RE.test(value); // cg-expect: CWE-1333
}

module.exports = { isEmail };
