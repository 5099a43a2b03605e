const express = require('express');
const { consumeResetToken } = require('./tokens');

const router = express.Router();

router.get('/password/reset', async (req, res) => {
  const user = await consumeResetToken(req.query.token);
  if (!user) return res.status(400).send('Link expired');
  res.render('choose-password', { uid: user._id });
});

router.get('/password/reset/sent', (req, res) => {
  res.render('reset-sent');
});

module.exports = router;
