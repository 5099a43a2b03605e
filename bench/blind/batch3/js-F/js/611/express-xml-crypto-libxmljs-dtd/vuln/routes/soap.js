const express = require('express');
const { readEnvelope } = require('../lib/soap');
const router = express.Router();

router.post('/soap/orders', express.text({ type: ['text/xml', 'application/soap+xml'] }), (req, res) => {
  const { action, orderId } = readEnvelope(req.body);
  res.type('text/xml').send(`<ok action="${action === 'cancel' ? 'cancel' : 'status'}" id="${Number(orderId) || 0}"/>`);
});

module.exports = router;
