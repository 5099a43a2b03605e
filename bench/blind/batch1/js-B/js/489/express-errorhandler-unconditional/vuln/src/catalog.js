const express = require('express');
const db = require('./db');

const router = express.Router();

router.get('/:category', async (req, res, next) => {
  try {
    const page = Math.max(1, parseInt(req.query.page, 10) || 1);
    const { rows } = await db.query(
      'SELECT id, name, price_cents FROM products WHERE category = $1 ORDER BY name LIMIT 24 OFFSET $2',
      [req.params.category, (page - 1) * 24]
    );
    res.json({ page, items: rows });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
