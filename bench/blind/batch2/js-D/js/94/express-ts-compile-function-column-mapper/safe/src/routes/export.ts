import { Router, json } from 'express';
import { makeMapper, toCsvLine } from '../lib/mapper';
import { loadOrders } from '../data/orders';

const router = Router();

router.post('/exports/orders.csv', json(), async (req, res) => {
  const columns = Array.isArray(req.body?.columns) ? req.body.columns.slice(0, 20) : [];
  if (columns.length === 0) {
    return res.status(400).json({ error: 'columns required' });
  }
  let map;
  try {
    map = makeMapper(columns.map((c: any) => ({ header: String(c.header), expr: String(c.expr) })));
  } catch {
    return res.status(400).json({ error: 'invalid column' });
  }
  const rows = await loadOrders(req.user!.accountId);
  const lines = [toCsvLine(columns.map((c: any) => c.header)), ...rows.map((r) => toCsvLine(map(r)))];
  res.type('text/csv').send(lines.join('\n'));
});

export default router;
