const EMAIL_RE = /^[a-zA-Z0-9](?:[a-zA-Z0-9.]{0,62})@[a-zA-Z0-9-]{1,63}(?:\.[a-zA-Z0-9-]{1,63})*\.[a-zA-Z]{2,24}$/;

function isValidEmail(email) {
  return email.length <= 254 && EMAIL_RE.test(email);
}

module.exports = { isValidEmail };
