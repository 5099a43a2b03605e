const sanitizeHtml = require('sanitize-html');

function renderSignature(raw) {
  if (!raw) return '';
  return sanitizeHtml(raw, { allowedTags: ['b', 'i', 'em', 'strong', 'a', 'br'], allowedAttributes: { a: ['href'] }, allowedSchemes: ['https'] }).replace(/\n/g, '<br>');
}

module.exports = { renderSignature };
