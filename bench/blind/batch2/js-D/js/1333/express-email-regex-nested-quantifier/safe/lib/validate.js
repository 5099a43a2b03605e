const EMAIL_RE = /^[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}$/;

function isValidEmail(value) {
  if (value.length > 254) return false;
  return EMAIL_RE.test(value);
}

function isValidPostcode(value) {
  return /^[A-Z0-9 ]{3,10}$/i.test(value);
}

module.exports = { isValidEmail, isValidPostcode };
