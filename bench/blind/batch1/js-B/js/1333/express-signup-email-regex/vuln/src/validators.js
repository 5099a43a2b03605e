// Accepts addresses like first.last@example.com, first_last@sub.example.co.uk
const EMAIL_RE = /^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$/;

function isValidEmail(value) {
  return typeof value === 'string' && EMAIL_RE.test(value); // cg-expect: CWE-1333
}

function isStrongPassword(value) {
  return typeof value === 'string' && value.length >= 12 && value.length <= 128;
}

module.exports = { isValidEmail, isStrongPassword };
