const _ = require('lodash');

function renderNotification(templateText, data) {
  const compiled = _.template(templateText); // cg-expect: CWE-94
  return compiled(data);
}

module.exports = { renderNotification };
