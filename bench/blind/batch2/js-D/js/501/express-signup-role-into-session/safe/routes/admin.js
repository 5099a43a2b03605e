const express = require('express');
const requireAdmin = require('../middleware/requireAdmin');
const db = require('../db');

const router = express.Router();
router.use(requireAdmin);

router.get('/admin/users', async (req, res) => {
  const [rows] = await db.execute('SELECT id, email, role FROM users ORDER BY id DESC LIMIT 100');
  res.json(rows);
});

module.exports = router;
