const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const router = express.Router();

router.post('/api/posts/:postId/comments', express.json(), async (req, res) => {
  const body = String(req.body.body || '').slice(0, 5000);
  await pool.query('INSERT INTO comments (post_id, author_id, body) VALUES ($1, $2, $3)', [
    req.params.postId,
    req.user.id,
    body,
  ]);
  res.sendStatus(201);
});

router.get('/api/posts/:postId/comments', async (req, res) => {
  const { rows } = await pool.query(
    'SELECT c.id, c.body, u.display_name AS author FROM comments c JOIN users u ON u.id = c.author_id WHERE c.post_id = $1 ORDER BY c.id',
    [req.params.postId]
  );
  res.json(rows);
});

module.exports = router;
