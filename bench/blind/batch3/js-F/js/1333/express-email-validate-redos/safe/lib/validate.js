const EMAIL_RE = /^[a-zA-Z0-9._-]{1,64}@[a-zA-Z0-9-]{1,63}(?:\.[a-zA-Z0-9-]{1,63}){0,8}\.[a-zA-Z]{2,24}$/;

function isEmail(value) {
  if (typeof value !== 'string' || value.length > 254) return false;
  return EMAIL_RE.test(value);
}

module.exports = { isEmail };
