const express = require('express');
const { searchArticles } = require('./store');
const { renderResults } = require('./views');

const app = express();

app.get('/search', async (req, res) => {
  const q = String(req.query.q || '').slice(0, 200);
  const hits = await searchArticles(q);
  res.type('html').send(renderResults(q, hits));
});

app.listen(3000);
