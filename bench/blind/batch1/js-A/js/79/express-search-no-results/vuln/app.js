const express = require('express');
const { searchArticles } = require('./search');
const { layout } = require('./layout');

const app = express();

app.get('/search', async (req, res) => {
  const term = (req.query.q || '').toString();
  const hits = await searchArticles(term);
  if (hits.length === 0) {
    return res.status(404).send(layout('Search', `<p class="empty">No results for <b>${term}</b>.</p>`)); // cg-expect: CWE-79
  }
  const items = hits.map((h) => `<li><a href="/articles/${h.id}">${h.titleHtml}</a></li>`).join('');
  res.send(layout('Search', `<ul>${items}</ul>`));
});

app.listen(3000);
