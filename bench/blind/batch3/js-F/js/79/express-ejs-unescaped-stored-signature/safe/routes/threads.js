const express = require('express');
const threads = require('../db/threads');
const { renderSignature } = require('../lib/signature');
const router = express.Router();

router.put('/me/signature', express.urlencoded({ extended: false }), async (req, res) => {
  await threads.saveSignature(req.user.id, String(req.body.signature).slice(0, 500));
  res.redirect('/me');
});

router.get('/threads/:id', async (req, res) => {
  const thread = await threads.get(req.params.id);
  const posts = await threads.posts(thread.id);
  const view = posts.map((p) => ({ ...p, signatureHtml: renderSignature(p.authorSignature) }));
  res.render('thread', { thread, posts: view });
});

module.exports = router;
