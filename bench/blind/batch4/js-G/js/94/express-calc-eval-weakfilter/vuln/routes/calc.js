const express = require('express');
const { calculate } = require('../lib/calc');

const router = express.Router();

router.get('/calc', (req, res) => {
  const expr = String(req.query.expr || '');
  try {
    res.json({ expr, result: calculate(expr) });
  } catch (e) {
    res.status(400).json({ error: 'cannot evaluate' });
  }
});

module.exports = router;
