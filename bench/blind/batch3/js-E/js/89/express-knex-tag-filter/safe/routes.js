const express = require('express');
const { postsByTag } = require('./posts-repo');

const router = express.Router();

router.get('/posts', async (req, res, next) => {
  try {
    const tag = typeof req.query.tag === 'string' ? req.query.tag : '';
    res.json(await postsByTag(tag, Number(req.query.page) || 1));
  } catch (e) {
    next(e);
  }
});

module.exports = router;
