const express = require('express');
const { searchPage } = require('./views');
const { searchArticles } = require('./articles');

const app = express();

app.get('/search', async (req, res) => {
  const q = String(req.query.q || '');
  const results = await searchArticles(q);
  res.send(searchPage(q, results));
});

app.listen(3000);
