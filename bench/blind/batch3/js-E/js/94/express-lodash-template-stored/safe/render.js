const _ = require('lodash');
const Mustache = require('mustache');

function renderBody(body, data) {
  return Mustache.render(body, data);
}

module.exports = { renderBody, Mustache };
