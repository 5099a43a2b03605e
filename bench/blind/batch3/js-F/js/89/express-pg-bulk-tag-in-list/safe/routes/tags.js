const express = require('express');
const { postsWithTags } = require('../db/posts');
const router = express.Router();

router.post('/posts/by-tags', express.json(), async (req, res) => {
  const tags = Array.isArray(req.body.tags) ? req.body.tags.slice(0, 20) : [];
  if (!tags.length) return res.json([]);
  res.json(await postsWithTags(tags));
});

module.exports = router;
