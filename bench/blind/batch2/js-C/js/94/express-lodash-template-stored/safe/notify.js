const Mustache = require('mustache');

function renderNotification(templateText, data) {
  return Mustache.render(templateText, data);
}

module.exports = { renderNotification };
