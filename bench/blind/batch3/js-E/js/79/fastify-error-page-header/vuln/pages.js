const he = require('he');

function layout(title, body) {
  return `<!doctype html><html><head><title>${he.encode(title)}</title></head><body>${body}</body></html>`;
}

function notFoundPage(url, back) {
  const body = `
    <h1>Page not found</h1>
    <p>We could not find <code>${he.encode(url)}</code>.</p>
    <p><a href="${back}">Go back</a></p>`;
  return layout('Not found', body);
}

module.exports = { notFoundPage, layout };
