function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function renderResults(q, hits) {
  const items = hits.map((h) => `<li><a href="/a/${encodeURIComponent(h.slug)}">${escapeHtml(h.title)}</a></li>`).join('');
  return `<!doctype html><html><body>
<h1>Results for ${q}</h1>
<ul>${items}</ul>
</body></html>`;
}

module.exports = { renderResults, escapeHtml };
