const express = require('express');
const { restoreState, saveState } = require('../wizard-state');
const router = express.Router();

router.post('/wizard/step', express.urlencoded({ extended: false }), (req, res) => {
  const state = restoreState(req.body.state);
  state.answers[req.body.question] = req.body.answer;
  res.render('wizard', { state: saveState(state), step: Object.keys(state.answers).length });
});
module.exports = router;
