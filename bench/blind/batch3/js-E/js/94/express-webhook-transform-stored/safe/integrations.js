const express = require('express');
const db = require('./db');
const { Transformer } = require('./transformer');

const router = express.Router();
router.use(express.json());

router.put('/integrations/:id/transform', async (req, res) => {
  await db.query('UPDATE integrations SET transform = $1 WHERE id = $2 AND tenant_id = $3', [String(req.body.code), req.params.id, req.user.tenantId]);
  res.sendStatus(204);
});

router.post('/integrations/:id/events', async (req, res) => {
  const { rows } = await db.query('SELECT transform FROM integrations WHERE id = $1', [req.params.id]);
  if (!rows.length) return res.sendStatus(404);
  const t = new Transformer(rows[0].transform);
  res.json(t.apply(req.body));
});

module.exports = router;
