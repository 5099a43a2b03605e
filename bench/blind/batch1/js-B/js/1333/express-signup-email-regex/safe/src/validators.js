// Accepts addresses like first.last@example.com, first_last@sub.example.co.uk
// Linear-time pattern: no nested or overlapping quantifiers.
const EMAIL_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,63})@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,3}$/;

function isValidEmail(value) {
  return typeof value === 'string' && value.length <= 254 && EMAIL_RE.test(value);
}

function isStrongPassword(value) {
  return typeof value === 'string' && value.length >= 12 && value.length <= 128;
}

module.exports = { isValidEmail, isStrongPassword };
