const express = require('express');
const posts = require('../db/posts');
const { resolveEmbed } = require('../services/embeds');
const router = express.Router();

router.post('/posts', express.json(), async (req, res) => {
  const id = await posts.create({ authorId: req.user.id, body: String(req.body.body), embedUrl: req.body.embedUrl || null });
  res.status(201).json({ id });
});

router.get('/posts/:id/embed', async (req, res) => {
  const post = await posts.get(req.params.id);
  if (!post || !post.embedUrl) return res.sendStatus(404);
  res.json(await resolveEmbed(post.embedUrl));
});

module.exports = router;
