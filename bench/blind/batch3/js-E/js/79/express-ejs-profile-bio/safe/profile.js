const express = require('express');
const ejs = require('ejs');
const db = require('./db');

const router = express.Router();

const TEMPLATE = `<section class="profile">
  <h2><%= user.displayName %></h2>
  <div class="bio"><%= user.bio %></div>
</section>`;

router.post('/me/bio', express.urlencoded({ extended: false }), async (req, res) => {
  await db.query('UPDATE users SET bio = $1 WHERE id = $2', [String(req.body.bio).slice(0, 2000), req.user.id]);
  res.redirect('/u/' + req.user.id);
});

router.get('/u/:id', async (req, res) => {
  const { rows } = await db.query('SELECT display_name AS "displayName", bio FROM users WHERE id = $1', [req.params.id]);
  if (!rows.length) return res.sendStatus(404);
  res.send(ejs.render(TEMPLATE, { user: rows[0] }));
});

module.exports = router;
