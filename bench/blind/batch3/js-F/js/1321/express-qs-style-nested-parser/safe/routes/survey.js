const express = require('express');
const { parseNested } = require('../lib/nestedForm');
const surveys = require('../db/surveys');
const router = express.Router();

router.post('/surveys/:id/answers', express.urlencoded({ extended: false }), async (req, res) => {
  const answers = parseNested(req.body);
  await surveys.saveAnswers(req.params.id, req.user.id, answers);
  res.redirect(`/surveys/${req.params.id}/thanks`);
});

module.exports = router;
