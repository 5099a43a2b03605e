const express = require('express');
const db = require('./db');
const { renderBody } = require('./render');
const mailer = require('./mailer');

const router = express.Router();
router.use(express.json());

router.put('/templates/:name', async (req, res) => {
  await db.query('UPDATE templates SET body = $1 WHERE name = $2 AND tenant_id = $3', [String(req.body.body), req.params.name, req.user.tenantId]);
  res.sendStatus(204);
});

router.post('/notify/:userId', async (req, res) => {
  const { rows } = await db.query('SELECT body FROM templates WHERE name = $1 AND tenant_id = $2', ['welcome', req.user.tenantId]);
  const u = await db.query('SELECT name, email FROM users WHERE id = $1 AND tenant_id = $2', [req.params.userId, req.user.tenantId]);
  if (!rows.length || !u.rows.length) return res.sendStatus(404);
  await mailer.send(u.rows[0].email, 'Welcome', renderBody(rows[0].body, { name: u.rows[0].name }));
  res.sendStatus(202);
});

module.exports = router;
