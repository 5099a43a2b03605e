const SLUG = /^(\w+-?)*$/;

function isSlug(s) {
  return SLUG.test(s); // cg-expect: CWE-1333
}

module.exports = { isSlug };
