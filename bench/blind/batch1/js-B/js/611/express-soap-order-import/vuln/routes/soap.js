const express = require('express');
const { parseOrderEnvelope } = require('../services/orderParser');

const router = express.Router();

router.post(
  '/soap/orders',
  express.text({ type: ['text/xml', 'application/soap+xml'], limit: '512kb' }),
  async (req, res, next) => {
    try {
      const order = parseOrderEnvelope(req.body);
      res.type('text/xml').send(
        `<?xml version="1.0"?><Ack><OrderId>${order.id}</OrderId><Lines>${order.lines.length}</Lines></Ack>`
      );
    } catch (err) {
      if (err.name === 'OrderFormatError') {
        return res.status(400).type('text/plain').send('malformed envelope');
      }
      next(err);
    }
  }
);

module.exports = router;
