const escapeHtml = require('escape-html');

function renderResults(term, hits) {
  const items = hits.map((h) => `<li><a href="/a/${encodeURIComponent(h.slug)}">${escapeHtml(h.title)}</a></li>`).join('');
  return `<h1>Results for ${term}</h1><ul>${items}</ul>`;
}

module.exports = { renderResults };
