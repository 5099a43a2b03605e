import { Router } from 'express';
import { Order } from '../models/order';
import { buildOrderFilter } from '../lib/filters';

const router = Router();

router.get('/orders', async (req, res) => {
  const filter = buildOrderFilter(req.user!.customerId, req.query as Record<string, unknown>);
  const orders = await Order.find(filter).sort({ createdAt: -1 }).limit(50).lean();
  res.json({ orders });
});

export default router;
