const express = require('express');
const { Pool } = require('pg');
const { dispatchEvent } = require('./dispatcher');

const app = express();
const pool = new Pool();
app.use(express.json());

// integrators register where they want to receive order events
app.post('/webhooks', async (req, res) => {
  const { url, events } = req.body;
  const { rows } = await pool.query(
    'INSERT INTO webhooks (account_id, url, events) VALUES ($1, $2, $3) RETURNING id',
    [req.user.accountId, String(url), [].concat(events || [])],
  );
  res.status(201).json({ id: rows[0].id });
});

app.post('/orders/:id/ship', async (req, res) => {
  await pool.query('UPDATE orders SET status = $1 WHERE id = $2 AND account_id = $3', ['shipped', req.params.id, req.user.accountId]);
  const { rows } = await pool.query('SELECT id, url FROM webhooks WHERE account_id = $1 AND $2 = ANY(events)', [req.user.accountId, 'order.shipped']);
  const results = await Promise.all(rows.map((hook) => dispatchEvent(hook, { type: 'order.shipped', orderId: req.params.id })));
  res.json({ deliveries: results });
});

app.listen(3000);
