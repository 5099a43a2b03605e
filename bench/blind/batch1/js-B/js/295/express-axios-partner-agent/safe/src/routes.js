const express = require('express');
const { quoteShipment } = require('./partnerClient');

const router = express.Router();

router.get('/shipping/quote', async (req, res, next) => {
  const { from, to, grams } = req.query;
  if (!/^\d{5}$/.test(from) || !/^\d{5}$/.test(to) || !(Number(grams) > 0)) {
    return res.status(400).json({ error: 'from, to (5-digit zip) and grams are required' });
  }
  try {
    res.json(await quoteShipment({ fromZip: from, toZip: to, weightGrams: Number(grams) }));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
