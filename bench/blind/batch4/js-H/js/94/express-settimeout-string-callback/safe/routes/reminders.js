const express = require('express');
const { scheduleReminder } = require('../reminders');
const router = express.Router();
router.post('/reminders', express.json(), (req, res) => {
  scheduleReminder(req.user.id, String(req.body.message || ''), req.body.delayMs);
  res.sendStatus(202);
});
module.exports = router;
