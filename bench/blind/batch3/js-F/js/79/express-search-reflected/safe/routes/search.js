const express = require('express');
const { renderResults } = require('../views/results');
const db = require('../db');
const router = express.Router();

router.get('/search', async (req, res) => {
  const term = String(req.query.q || '');
  const hits = await db.searchArticles(term);
  res.type('html').send(renderResults(term, hits));
});

module.exports = router;
