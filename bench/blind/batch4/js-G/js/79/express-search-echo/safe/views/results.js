const escapeHtml = require('escape-html');

function renderResults(q, hits) {
  const items = hits
    .map((h) => `<li><a href="/articles/${encodeURIComponent(h.slug)}">${escapeHtml(h.title)}</a></li>`)
    .join('');
  const heading = `<h1>Results for "${escapeHtml(q)}"</h1>`;
  return `<!doctype html><html><body>${heading}<ul>${items}</ul></body></html>`;
}

module.exports = { renderResults };
