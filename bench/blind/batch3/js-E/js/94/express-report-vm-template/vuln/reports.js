const express = require('express');
const db = require('./db');
const { renderTitle } = require('./titles');

const router = express.Router();

router.put('/reports/:id/title', express.json(), async (req, res) => {
  await db.query('UPDATE reports SET title_tpl = $1 WHERE id = $2 AND owner_id = $3', [String(req.body.titleTemplate), req.params.id, req.user.id]);
  res.sendStatus(204);
});

router.get('/reports/:id', async (req, res) => {
  const { rows } = await db.query('SELECT id, title_tpl, period, region FROM reports WHERE id = $1', [req.params.id]);
  if (!rows.length) return res.sendStatus(404);
  const r = rows[0];
  res.json({ id: r.id, title: renderTitle(r.title_tpl, { period: r.period, region: r.region }) });
});

module.exports = router;
