const express = require('express');
const { deleteMessages } = require('../dao/messages');
const router = express.Router();
router.post('/messages/bulk-delete', express.json(), async (req, res) => {
  const removed = await deleteMessages(req.user.id, req.body.ids || []);
  res.json({ removed });
});
module.exports = router;
