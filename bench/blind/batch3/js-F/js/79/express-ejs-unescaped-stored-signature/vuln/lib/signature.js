const sanitizeHtml = require('sanitize-html');

function renderSignature(raw) {
  if (!raw) return '';
  return raw.replace(/\n/g, '<br>');
}

module.exports = { renderSignature };
