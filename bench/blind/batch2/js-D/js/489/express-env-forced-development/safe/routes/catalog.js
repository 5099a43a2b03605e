const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const router = express.Router();

router.get('/:category', async (req, res, next) => {
  try {
    const { rows } = await pool.query('SELECT id, name, price_cents FROM products WHERE category = $1 ORDER BY name', [
      req.params.category,
    ]);
    res.render('category', { category: req.params.category, products: rows });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
