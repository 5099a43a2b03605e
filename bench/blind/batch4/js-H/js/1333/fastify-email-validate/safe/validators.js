const EMAIL_RE = /^[a-zA-Z0-9]+(?:\.[a-zA-Z0-9]+)*@[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*\.[a-zA-Z]{2,}$/;

function isValidEmail(s) {
  return s.length <= 254 && EMAIL_RE.test(s);
}
module.exports = { isValidEmail };
