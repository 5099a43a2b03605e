import Stripe from 'stripe';
import prisma from './prisma';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

export async function issueRefund(orderId, amountCents, reason) {
  const order = await prisma.order.findUnique({ where: { id: orderId } });
  if (!order || !order.paymentIntentId) throw Object.assign(new Error('order not refundable'), { status: 404 });
  const refund = await stripe.refunds.create({ payment_intent: order.paymentIntentId, amount: amountCents, metadata: { reason } });
  await prisma.refund.create({ data: { orderId, stripeRefundId: refund.id, amountCents, reason } });
  return { id: refund.id, status: refund.status };
}
