const express = require('express');
const { searchArticles } = require('../services/articles');
const { renderResults } = require('../views/results');

const router = express.Router();

router.get('/search', async (req, res) => {
  const q = typeof req.query.q === 'string' ? req.query.q : '';
  const hits = await searchArticles(q);
  res.type('html');
  res.send(renderResults(q, hits)); // sink is inside renderResults output
});

module.exports = router;
