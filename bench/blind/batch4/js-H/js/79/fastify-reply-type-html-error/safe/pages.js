const he = require('he');
function notFoundPage(path) {
  return `<!doctype html><title>Not found</title><p>No page at <code>${he.encode(path)}</code>.</p><a href="/">Home</a>`;
}
module.exports = { notFoundPage };
