import type { NextApiRequest, NextApiResponse } from 'next';
import { listOrders } from '../../../lib/orders';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const sort = String(req.query.sort ?? 'created_at');
  const dir = String(req.query.dir ?? 'desc');
  const customerId = Number(req.query.customer);
  if (!Number.isInteger(customerId)) {
    return res.status(400).json({ error: 'customer must be an integer' });
  }
  try {
    const orders = await listOrders({ customerId, sort, dir });
    res.status(200).json({ orders, count: orders.length });
  } catch (err) {
    console.error('listOrders failed', err);
    res.status(500).json({ error: 'could not load orders' });
  }
}
