const express = require('express');
const escapeHtml = require('escape-html');
const { searchArticles } = require('./search');
const app = express();

function renderResults(q, items) {
  const list = items.map((a) => `<li><a href="/a/${a.id}">${escapeHtml(a.title)}</a></li>`).join('');
  return `<!doctype html><h1>Results for ${escapeHtml(q)}</h1><ul>${list}</ul>`;
}

app.get('/search', async (req, res) => {
  const q = String(req.query.q || '');
  const items = await searchArticles(q);
  res.send(renderResults(q, items));
});
app.listen(8080);
