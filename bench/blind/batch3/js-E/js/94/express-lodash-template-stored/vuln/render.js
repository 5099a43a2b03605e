const _ = require('lodash');
const Mustache = require('mustache');

function renderBody(body, data) {
  const compiled = _.template(body); // cg-expect: CWE-94
  return compiled(data);
}

module.exports = { renderBody, Mustache };
