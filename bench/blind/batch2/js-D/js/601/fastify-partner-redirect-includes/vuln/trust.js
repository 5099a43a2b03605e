const TRUSTED_DOMAIN = 'shop-partner.example';

function isTrustedReturn(value) {
  return typeof value === 'string' && value.includes(TRUSTED_DOMAIN);
}

module.exports = { isTrustedReturn, TRUSTED_DOMAIN };
