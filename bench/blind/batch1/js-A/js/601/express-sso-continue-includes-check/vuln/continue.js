const TRUSTED_DOMAIN = 'example.com';

function isTrustedContinue(target) {
  return /^https:\/\//.test(target) && target.includes(TRUSTED_DOMAIN);
}

module.exports = { isTrustedContinue };
