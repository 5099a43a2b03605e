const express = require('express');
const db = require('./db');
const { extractLinks } = require('./links');

const router = express.Router();

router.put('/wiki/:slug', express.text({ limit: '256kb' }), async (req, res) => {
  await db.query('INSERT INTO pages (slug, body) VALUES ($1, $2) ON CONFLICT (slug) DO UPDATE SET body = $2', [req.params.slug, req.body]);
  res.sendStatus(204);
});

router.get('/wiki/:slug/links', async (req, res) => {
  const { rows } = await db.query('SELECT body FROM pages WHERE slug = $1', [req.params.slug]);
  if (!rows.length) return res.sendStatus(404);
  res.json({ links: extractLinks(rows[0].body) });
});

module.exports = router;
