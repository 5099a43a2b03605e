const EMAIL_RE = /^[a-zA-Z0-9._%+-]{1,64}@[a-zA-Z0-9-]{1,63}(?:\.[a-zA-Z0-9-]{1,63}){1,8}$/;

function isValidEmail(email) {
  if (email.length > 254) return false;
  return EMAIL_RE.test(email);
}

module.exports = { isValidEmail };
