import { getSession } from '../../lib/session';
import { listOrders } from '../../lib/orders';

export default async function handler(req, res) {
  const session = await getSession(req, res);
  if (!session.userId) return res.status(401).json({ error: 'sign in' });
  const orders = await listOrders(session.userId, { limit: Number(req.query.limit) || 20 });
  res.status(200).json(orders);
}
