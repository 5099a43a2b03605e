const SLUG = new RegExp('^[a-z0-9]+(?:-[a-z0-9]+)*$');

function validSlug(s) {
  return s.length <= 120 && SLUG.test(s);
}

module.exports = { validSlug };
