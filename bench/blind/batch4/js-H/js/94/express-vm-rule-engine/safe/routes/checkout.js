const express = require('express');
const { applyDiscountRules } = require('../rules');
const router = express.Router();

router.post('/merchants/:id/rules', express.json(), async (req, res) => {
  await require('../db').none('INSERT INTO discount_rules(merchant_id, expression, percent) VALUES ($1, $2, $3)',
    [req.params.id, req.body.expression, Number(req.body.percent)]);
  res.sendStatus(201);
});

router.post('/merchants/:id/checkout', express.json(), async (req, res) => {
  const percent = await applyDiscountRules(req.params.id, req.body.cart);
  res.json({ discountPercent: percent });
});
module.exports = router;
