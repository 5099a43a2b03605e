import { isAdminRequest, challenge } from '../../../lib/adminAuth';
import { issueRefund } from '../../../lib/payments';

export default async function handler(req, res) {
  if (!(await isAdminRequest(req))) return challenge(res);
  if (req.method !== 'POST') return res.status(405).end();
  const { orderId, amountCents, reason } = req.body || {};
  if (!orderId || !(amountCents > 0)) return res.status(400).json({ error: 'orderId and amountCents required' });
  const refund = await issueRefund(orderId, amountCents, reason || 'admin');
  res.status(201).json(refund);
}
