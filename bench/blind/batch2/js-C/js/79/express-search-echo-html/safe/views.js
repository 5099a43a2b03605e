const escapeHtml = require('escape-html');

function searchPage(q, results) {
  const items = results.map((r) => `<li><a href="/a/${r.id}">${escapeHtml(r.title)}</a></li>`).join('');
  return `<!doctype html><html><body>
    <form action="/search"><input name="q"></form>
    <h1>Results for ${escapeHtml(q)}</h1>
    <ul>${items}</ul>
  </body></html>`;
}

module.exports = { searchPage };
