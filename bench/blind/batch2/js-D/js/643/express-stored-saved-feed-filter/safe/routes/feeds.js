const express = require('express');
const { createClient } = require('redis');
const { itemsWithTag } = require('../lib/rss');

const redis = createClient({ url: process.env.REDIS_URL });
redis.connect();
const router = express.Router();

router.put('/feeds/:feedId/filter', async (req, res) => {
  await redis.hSet(`filters:${req.user.id}`, req.params.feedId, String(req.body.tag || ''));
  res.sendStatus(204);
});

router.get('/feeds/:feedId/items', async (req, res) => {
  const tag = await redis.hGet(`filters:${req.user.id}`, req.params.feedId);
  const upstream = await fetch(`https://feeds.internal.example/${encodeURIComponent(req.params.feedId)}.xml`);
  const items = itemsWithTag(await upstream.text(), tag || '');
  res.json({ items });
});

module.exports = router;
