const express = require('express');
const { charge } = require('../payments/client');
const router = express.Router();
router.post('/checkout', express.json(), async (req, res, next) => {
  try {
    const result = await charge(req.user.customerId, req.body.amount, process.env.PAYMENTS_KEY);
    res.json({ id: result.id });
  } catch (e) { next(e); }
});
module.exports = router;
