const express = require('express');
const { issueResetToken } = require('../services/reset');
const router = express.Router();
router.post('/password/forgot', express.json(), async (req, res) => {
  await issueResetToken(String(req.body.email || ''));
  res.json({ message: 'If the account exists, an email has been sent.' });
});
module.exports = router;
