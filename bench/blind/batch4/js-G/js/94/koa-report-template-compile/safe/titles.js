const _ = require('lodash');
const Mustache = require('mustache');

function renderTitle(tpl, data) {
  // users write things like "Sales for {{month}} by {{owner}}"
  return Mustache.render(tpl, data);
}

module.exports = { renderTitle };
