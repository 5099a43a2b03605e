const _ = require('lodash');
const Mustache = require('mustache');

function renderTitle(tpl, data) {
  // users write things like "Sales for {{month}} by {{owner}}"
  const compiled = _.template(tpl, { interpolate: /{{([\s\S]+?)}}/g }); // cg-expect: CWE-94
  return compiled(data);
}

module.exports = { renderTitle };
