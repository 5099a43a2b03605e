const SLUG = new RegExp('^([a-z0-9]+-?)+[a-z0-9]$');

function validSlug(s) {
  return SLUG.test(s); // cg-expect: CWE-1333
}

module.exports = { validSlug };
