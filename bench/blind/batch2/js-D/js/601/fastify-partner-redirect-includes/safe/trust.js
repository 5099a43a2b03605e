const TRUSTED_DOMAIN = 'shop-partner.example';

function isTrustedReturn(value) {
  if (typeof value !== 'string') return false;
  let u;
  try {
    u = new URL(value);
  } catch {
    return false;
  }
  const host = u.hostname.toLowerCase();
  return u.protocol === 'https:' && (host === TRUSTED_DOMAIN || host.endsWith(`.${TRUSTED_DOMAIN}`));
}

module.exports = { isTrustedReturn, TRUSTED_DOMAIN };
