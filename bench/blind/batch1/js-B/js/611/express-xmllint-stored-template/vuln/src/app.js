const express = require('express');
const { Pool } = require('pg');
const { renderPreview } = require('./preview');

const app = express();
const pool = new Pool();
app.use(express.json({ limit: '200kb' }));

app.put('/templates/:id', async (req, res) => {
  const { xml } = req.body;
  if (typeof xml !== 'string') return res.status(400).json({ error: 'xml required' });
  await pool.query('UPDATE label_templates SET body = $1, updated_at = now() WHERE id = $2 AND owner_id = $3', [
    xml,
    req.params.id,
    req.user.id,
  ]);
  res.status(204).end();
});

app.get('/templates/:id/preview', async (req, res, next) => {
  try {
    const { rows } = await pool.query('SELECT body FROM label_templates WHERE id = $1 AND owner_id = $2', [req.params.id, req.user.id]);
    if (!rows.length) return res.sendStatus(404);
    const text = await renderPreview(rows[0].body);
    res.type('text/plain').send(text);
  } catch (e) {
    next(e);
  }
});

module.exports = app;
