const express = require('express');
const pool = require('../db/pool');
const router = express.Router();

router.get('/health/db', async (req, res) => {
  const { rows } = await pool.query('SELECT 1 AS ok');
  res.json(rows[0]);
});

module.exports = router;
