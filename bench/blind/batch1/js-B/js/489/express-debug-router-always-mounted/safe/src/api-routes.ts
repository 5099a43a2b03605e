import { Router } from 'express';
import { pool } from './db';

export const apiRoutes = Router();

apiRoutes.get('/products/:id', async (req, res) => {
  const { rows } = await pool.query('SELECT id, name, price_cents FROM products WHERE id = $1', [req.params.id]);
  if (!rows.length) {
    res.sendStatus(404);
    return;
  }
  res.json(rows[0]);
});
