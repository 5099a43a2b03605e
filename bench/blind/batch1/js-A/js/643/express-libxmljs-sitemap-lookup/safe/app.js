const express = require('express');
const { pagesUnder } = require('./sitemap');

const app = express();

app.get('/api/sitemap/section', (req, res) => {
  const section = req.query.path;
  if (typeof section !== 'string') return res.status(400).json({ error: 'path required' });
  res.json(pagesUnder(section));
});

app.listen(3000);
