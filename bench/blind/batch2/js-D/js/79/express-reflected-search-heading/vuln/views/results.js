function renderResults(q, hits) {
  const title = q;
  const items = hits
    .map((h) => `<li><a href="/help/${encodeURIComponent(h.slug)}">${h.titleHtml}</a></li>`)
    .join('');
  return `<!doctype html>
<html>
  <head><title>Help search</title></head>
  <body>
    <h1>Results for "${title}"</h1>
    <ul>${items || '<li>No matches</li>'}</ul>
  </body>
</html>`;
}

module.exports = { renderResults };
