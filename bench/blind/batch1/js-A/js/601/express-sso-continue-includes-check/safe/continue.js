const TRUSTED_DOMAIN = 'example.com';

function isTrustedContinue(target) {
  let url;
  try {
    url = new URL(target);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && (url.hostname === TRUSTED_DOMAIN || url.hostname.endsWith('.' + TRUSTED_DOMAIN));
}

module.exports = { isTrustedContinue };
