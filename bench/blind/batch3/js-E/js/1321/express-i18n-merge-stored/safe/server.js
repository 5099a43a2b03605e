const express = require('express');
const db = require('./db');
const { mergeMessages } = require('./i18n');

const app = express();
app.use(express.json());

app.put('/tenants/:id/messages', async (req, res) => {
  await db.query('UPDATE tenants SET message_overrides = $1 WHERE id = $2', [JSON.stringify(req.body), req.params.id]);
  res.json({ ok: true });
});

app.get('/tenants/:id/messages', async (req, res) => {
  const { rows } = await db.query('SELECT message_overrides FROM tenants WHERE id = $1', [req.params.id]);
  const overrides = rows.length ? JSON.parse(rows[0].message_overrides || '{}') : {};
  res.json(mergeMessages({ greeting: { hello: 'Hello' }, errors: { notFound: 'Not found' } }, overrides));
});

app.listen(3000);
