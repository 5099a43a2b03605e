import { Router } from 'express';
import { pool } from '../db';
import { formatName } from '../lib/names';

const router = Router();

router.put('/me/display-name', async (req, res) => {
  const name = String(req.body?.displayName ?? '').slice(0, 120);
  await pool.query('UPDATE members SET display_name = $1 WHERE id = $2', [name, req.user!.id]);
  res.sendStatus(204);
});

router.get('/members', async (_req, res) => {
  const { rows } = await pool.query('SELECT id, display_name FROM members ORDER BY id LIMIT 200');
  res.json(rows.map((r) => ({ id: r.id, name: formatName(r.display_name) })));
});

export default router;
