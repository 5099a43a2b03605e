const express = require('express');
const { renderResults } = require('./views/results');
const { searchDocs } = require('./search');

const app = express();

app.get('/help/search', (req, res) => {
  const q = typeof req.query.q === 'string' ? req.query.q : '';
  const hits = searchDocs(q);
  res.send(renderResults(q, hits)); // cg-expect: CWE-79
});

app.listen(3000);
