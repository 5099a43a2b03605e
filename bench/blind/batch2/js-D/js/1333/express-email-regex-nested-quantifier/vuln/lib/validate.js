const EMAIL_RE = /^([a-zA-Z0-9_.+-])+@(([a-zA-Z0-9-])+\.)+([a-zA-Z0-9]{2,24})+$/;

function isValidEmail(value) {
  return EMAIL_RE.test(value); // cg-expect: CWE-1333
}

function isValidPostcode(value) {
  return /^[A-Z0-9 ]{3,10}$/i.test(value);
}

module.exports = { isValidEmail, isValidPostcode };
