const SLUG = /^\w+(?:-\w+)*$/;

function isSlug(s) {
  return SLUG.test(s);
}

module.exports = { isSlug };
