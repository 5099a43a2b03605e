import { getSession } from '../../lib/session';
import { ordersFor } from '../../lib/orders';

export default async function handler(req, res) {
  const session = await getSession(req, res);
  if (!session.user) return res.status(401).json({ error: 'sign in' });
  res.json(await ordersFor(session.user.uid));
}
